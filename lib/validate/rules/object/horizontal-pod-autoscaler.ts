/**
 * `horizontalpodautoscaler/spec`: minReplicas at least 1 (scaling to zero needs the
 * alpha HPAScaleToZero gate), maxReplicas at least 1 and at least minReplicas, a
 * scaleTargetRef with a kind and a name that are path segment names, and (autoscaling/v2)
 * metrics of a known type that fill in exactly the source of their type, with a target of
 * type Utilization, Value or AverageValue and positive target values; a Resource or
 * ContainerResource metric targets a utilization or an average value; an autoscaling/v1
 * targetCPUUtilizationPercentage is at least 1; behavior rules have a stabilization window
 * of 0–3600 s, a select policy Max, Min or Disabled, and (when listed) at least one policy
 * of type Pods or Percent with a positive value and a period of 1–1800 s.
 */
import { childPath, indexPath } from '../../field-path';
import { get, getArray, getInt, getObject, getString, isObject } from '../../primitives/access';
import { checkPathSegmentName } from '../../primitives/object-names';
import type { ObjectRule, RuleContext } from '../../rule';
import { parseQuantity } from '../../../quantity/parse';

const SOURCES: Readonly<Record<string, string>> = { Object: 'object', Pods: 'pods', Resource: 'resource', ContainerResource: 'containerResource', External: 'external' };
const TARGET_TYPES = ['Utilization', 'Value', 'AverageValue'];
const SELECT_POLICIES = ['Max', 'Min', 'Disabled'];
const MAX_STABILIZATION_SECONDS = 3600;
const MAX_PERIOD_SECONDS = 1800;

/** Follows autoscaling ValidateHorizontalPodAutoscalerSpec (ValidateCrossVersionObjectReference, validateMetricSpec, validateMetricTarget, validateScalingRules, validateScalingPolicy) with HPAScaleToZero off. */
export const horizontalPodAutoscalerSpec: ObjectRule = {
  id: 'horizontalpodautoscaler/spec',
  kinds: ['HorizontalPodAutoscaler'],
  check(object, ctx) {
    const spec = getObject(object, 'spec');
    if (spec === undefined) return;
    const min = getInt(spec, 'minReplicas');
    const max = getInt(spec, 'maxReplicas');
    if (min !== undefined && min < 1) ctx.report({ fieldPath: 'spec.minReplicas', message: `minReplicas ${min} must be at least 1`, hint: 'use 1 or more (scaling to zero is an alpha feature)' });
    if (max !== undefined && max < 1) ctx.report({ fieldPath: 'spec.maxReplicas', message: `maxReplicas ${max} must be greater than 0`, hint: 'use 1 or more' });
    else if (max !== undefined && min !== undefined && max < min) {
      ctx.report({ fieldPath: 'spec.maxReplicas', message: `maxReplicas ${max} is less than minReplicas ${min}`, hint: 'raise maxReplicas or lower minReplicas' });
    }
    const ref = getObject(spec, 'scaleTargetRef');
    if (ref !== undefined) {
      for (const field of ['kind', 'name']) {
        const value = getString(ref, field);
        if (value === undefined) continue; // absent or not a string: the schema reports it
        const problem = value === '' ? 'must not be empty' : checkPathSegmentName(value);
        if (problem !== undefined) ctx.report({ fieldPath: childPath('spec.scaleTargetRef', field), message: `scaleTargetRef.${field} ${JSON.stringify(value)} ${problem}`, hint: "name the workload to scale, e.g. kind: Deployment, name: web" });
      }
    }
    const cpuTarget = getInt(spec, 'targetCPUUtilizationPercentage'); // autoscaling/v1: becomes a cpu Utilization metric
    if (cpuTarget !== undefined && cpuTarget < 1) {
      ctx.report({ fieldPath: 'spec.targetCPUUtilizationPercentage', message: `targetCPUUtilizationPercentage ${cpuTarget} must be greater than 0`, hint: 'use a percentage of the CPU request, e.g. 80' });
    }
    (getArray(spec, 'metrics') ?? []).forEach((metric, i) => {
      if (isObject(metric)) checkMetric(metric, indexPath('spec.metrics', i), ctx);
    });
    const behavior = getObject(spec, 'behavior');
    for (const direction of ['scaleUp', 'scaleDown']) {
      const rules = getObject(behavior, direction);
      if (rules !== undefined) checkScalingRules(rules, childPath('spec.behavior', direction), ctx);
    }
  },
};

/** validateScalingRules after defaulting: absent fields are defaulted, an explicitly empty policy list is not. */
function checkScalingRules(rules: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const window = getInt(rules, 'stabilizationWindowSeconds');
  if (window !== undefined && (window < 0 || window > MAX_STABILIZATION_SECONDS)) {
    ctx.report({ fieldPath: childPath(path, 'stabilizationWindowSeconds'), message: `stabilizationWindowSeconds ${window} is not between 0 and ${MAX_STABILIZATION_SECONDS}`, hint: 'use at most an hour' });
  }
  const select = getString(rules, 'selectPolicy');
  if (select !== undefined && !SELECT_POLICIES.includes(select)) {
    ctx.report({ fieldPath: childPath(path, 'selectPolicy'), message: `${JSON.stringify(select)} is not a supported value`, hint: `use one of: ${SELECT_POLICIES.join(', ')}` });
  }
  const policies = getArray(rules, 'policies');
  if (policies === undefined) return;
  const policiesPath = childPath(path, 'policies');
  if (policies.length === 0) ctx.report({ fieldPath: policiesPath, message: 'an empty policy list: at least one policy is needed', hint: 'add a policy (e.g. type: Percent, value: 100, periodSeconds: 15) or leave policies out for the defaults' });
  policies.forEach((policy, i) => {
    if (!isObject(policy)) return;
    const policyPath = indexPath(policiesPath, i);
    const type = getString(policy, 'type');
    if (type !== undefined && type !== 'Pods' && type !== 'Percent') {
      ctx.report({ fieldPath: childPath(policyPath, 'type'), message: `${JSON.stringify(type)} is not a supported value`, hint: 'use Pods or Percent' });
    }
    const value = getInt(policy, 'value');
    if (value !== undefined && value <= 0) ctx.report({ fieldPath: childPath(policyPath, 'value'), message: `value ${value} must be greater than zero`, hint: 'use a positive number of pods or percent' });
    const period = getInt(policy, 'periodSeconds');
    if (period !== undefined && (period <= 0 || period > MAX_PERIOD_SECONDS)) {
      ctx.report({ fieldPath: childPath(policyPath, 'periodSeconds'), message: `periodSeconds ${period} is not between 1 and ${MAX_PERIOD_SECONDS}`, hint: 'use a period of at most 30 minutes' });
    }
  });
}

function checkMetric(metric: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const type = getString(metric, 'type') ?? '';
  const present = Object.values(SOURCES).filter((field) => isObject(get(metric, field)));
  const expected = Object.hasOwn(SOURCES, type) ? SOURCES[type] : undefined;
  if (expected === undefined) {
    ctx.report({ fieldPath: childPath(path, 'type'), message: type === '' ? 'a metric needs a type' : `${JSON.stringify(type)} is not a metric type`, hint: `use one of: ${Object.keys(SOURCES).join(', ')}` });
    return;
  }
  if (!present.includes(expected)) {
    ctx.report({ fieldPath: childPath(path, expected), message: `a ${type} metric needs ${expected}`, hint: `describe the metric under ${expected}` });
  }
  for (const field of present) {
    if (field !== expected) ctx.report({ fieldPath: childPath(path, field), message: `a ${type} metric sets only ${expected}, not ${field}`, hint: `remove ${field}, or change the type` });
  }
  const source = getObject(metric, expected);
  const target = getObject(source, 'target');
  if (source === undefined || target === undefined) return; // the schema reports a missing target
  const targetPath = childPath(childPath(path, expected), 'target');
  const targetType = getString(target, 'type') ?? '';
  if (!TARGET_TYPES.includes(targetType)) {
    ctx.report({ fieldPath: childPath(targetPath, 'type'), message: `${JSON.stringify(targetType)} is not a metric target type`, hint: 'use Utilization, Value or AverageValue' });
  }
  for (const field of ['value', 'averageValue']) {
    const value = get(target, field);
    if (value !== undefined && value !== null && !isPositive(value)) {
      ctx.report({ fieldPath: childPath(targetPath, field), message: `${field} ${JSON.stringify(value)} must be positive`, hint: "use a quantity above zero, e.g. '500m' or '100'" });
    }
  }
  const utilization = getInt(target, 'averageUtilization');
  if (utilization !== undefined && utilization < 1) {
    ctx.report({ fieldPath: childPath(targetPath, 'averageUtilization'), message: `averageUtilization ${utilization} must be greater than 0`, hint: 'use a percentage of the request, e.g. 80' });
  }
  if (expected === 'resource' || expected === 'containerResource') {
    const hasUtilization = isSetValue(target, 'averageUtilization');
    const hasAverage = isSetValue(target, 'averageValue');
    if (!hasUtilization && !hasAverage) {
      ctx.report({ fieldPath: childPath(targetPath, 'averageUtilization'), message: 'a resource metric targets an average utilization or an average value', hint: 'set averageUtilization (e.g. 80) or averageValue' });
    } else if (hasUtilization && hasAverage) {
      ctx.report({ fieldPath: childPath(targetPath, 'averageValue'), message: 'a resource metric may not target both averageUtilization and averageValue', hint: 'keep one of them' });
    }
  }
}

function isSetValue(target: Record<string, unknown>, field: string): boolean {
  const value = get(target, field);
  return value !== undefined && value !== null;
}

/** True for a quantity above zero; values that are not quantities are left to the schema. */
function isPositive(value: unknown): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value !== 'string') return true;
  const quantity = parseQuantity(value);
  return quantity === undefined || quantity.mantissa > 0n;
}
