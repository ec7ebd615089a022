import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { settingsOf } from '../settings';
import { createValidator, type Validator } from '../validate';
import { DuplicateTracker } from '../validate/duplicates';
import type { Diagnostic } from '../validate/diagnostic';
import { originOf } from './origins';
import type { RenderedObject } from './render';

/** A diagnostic about a synthesized object, located by construct. */
export interface SynthDiagnostic extends Diagnostic {
  /** The object the diagnostic is about. */
  readonly object: RenderedObject;
  /** The construct responsible for the field: the object's, or the pattern's that added it. */
  readonly construct: IConstruct;
}

const VALIDATORS = new Map<string, Validator>();

/** A validator compiled once per Kubernetes version and Pod Security Standards level, then reused. */
export function validatorFor(kubernetesVersion: string, podSecurity: 'baseline' | 'restricted' | undefined): Validator {
  const key = `${kubernetesVersion}/${podSecurity ?? ''}`;
  let validator = VALIDATORS.get(key);
  if (!validator) {
    validator = createValidator({ kubernetesVersion, podSecurity });
    VALIDATORS.set(key, validator);
  }
  return validator;
}

/**
 * Validates rendered objects with the settings in force for each. Objects of one chart with
 * the same settings are validated together, so two objects of one kind, namespace and name
 * in a chart are an error; charts are separate units of output (one file each) and may reuse
 * a name, as the examples of the study notes do. When the objects of a chart are validated in
 * several groups (a pod that overrides the chart's settings), duplicates are checked once more
 * across the whole chart. Objects whose settings switch validation off are skipped.
 */
export function validateRendered(objects: readonly RenderedObject[]): SynthDiagnostic[] {
  const groups = new Map<string, { kubernetesVersion: string; podSecurity?: 'baseline' | 'restricted'; objects: RenderedObject[] }>();
  for (const object of objects) {
    const settings = settingsOf(object.apiObject);
    if (!settings.validate) continue;
    const key = `${Chart.of(object.apiObject).node.path}|${settings.kubernetesVersion}|${settings.podSecurity ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { kubernetesVersion: settings.kubernetesVersion, podSecurity: settings.podSecurity, objects: [] };
      groups.set(key, group);
    }
    group.objects.push(object);
  }
  const result: SynthDiagnostic[] = [];
  const groupsPerChart = new Map<string, RenderedObject[][]>();
  for (const [key, group] of groups) {
    const chart = key.slice(0, key.indexOf('|'));
    groupsPerChart.set(chart, [...(groupsPerChart.get(chart) ?? []), group.objects]);
  }
  const splitCharts = new Set([...groupsPerChart].filter(([, list]) => list.length > 1).map(([chart]) => chart));
  for (const [key, group] of groups) {
    const split = splitCharts.has(key.slice(0, key.indexOf('|')));
    const diagnostics = validatorFor(group.kubernetesVersion, group.podSecurity).validate(group.objects.map((o) => o.json));
    for (const diagnostic of diagnostics) {
      if (split && diagnostic.ruleId === DUPLICATE_RULE) continue;
      const object = group.objects[diagnostic.objectIndex];
      result.push({ ...diagnostic, object, construct: originOf(object.apiObject, diagnostic.fieldPath) });
    }
  }
  const order = new Map(objects.map((object, index) => [object, index]));
  for (const chart of splitCharts) {
    const chartObjects = groupsPerChart.get(chart)!.flat().sort((a, b) => order.get(a)! - order.get(b)!);
    result.push(...duplicatesAcross(chartObjects));
  }
  return result;
}

const DUPLICATE_RULE = 'object/duplicate';

/** Duplicate objects among `objects` (one chart validated in several groups, in output order). */
function duplicatesAcross(objects: readonly RenderedObject[]): SynthDiagnostic[] {
  const tracker = new DuplicateTracker();
  const result: SynthDiagnostic[] = [];
  objects.forEach((object, index) => {
    const finding = tracker.add(object.json, String(object.json.apiVersion), String(object.json.kind), index);
    if (!finding) return;
    result.push({ severity: 'error', ruleId: DUPLICATE_RULE, objectIndex: index, ...finding, object, construct: object.apiObject });
  });
  return result;
}
