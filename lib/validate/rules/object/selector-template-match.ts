/**
 * `selector/template-mismatch`: a workload's selector must match the labels of its pod
 * template, or the workload would never see the pods it creates.
 */
import { get, getBool, getObject, isObject, stringEntries } from '../../primitives/access';
import { describeSelector, isEmptySelector, isValidLabelSelector, selectorMatches } from '../../primitives/label-selector';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';

const LABELS_PATH = 'spec.template.metadata.labels';

/** Follows apps ValidatePodTemplateSpecForReplicaSet / ValidatePodTemplateSpecForStatefulSet / ValidateDaemonSetSpec, core ValidatePodTemplateSpecForRC and batch ValidateJobSpec ("`selector` does not match template `labels`"). */
export const selectorTemplateMatch: ObjectRule = {
  id: 'selector/template-mismatch',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job'],
  check(object, ctx) {
    const kind = kindOf(object);
    const spec = getObject(object, 'spec');
    const template = getObject(spec, 'template');
    if (spec === undefined || template === undefined) return;
    const labels = getObject(getObject(template, 'metadata'), 'labels');
    if (kind === 'ReplicationController') {
      const selector = getObject(spec, 'selector');
      if (selector === undefined || Object.keys(selector).length === 0) return; // defaults to the template labels
      const missing: Array<[string, string]> = [];
      for (const key in selector) {
        const value = selector[key];
        if (typeof value === 'string' && get(labels, key) !== value) missing.push([key, value]);
      }
      if (missing.length > 0) {
        ctx.report({
          fieldPath: LABELS_PATH,
          message: `selector does not match template labels: the template lacks ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}`,
          hint: 'add the selector labels to spec.template.metadata.labels',
        });
      }
      return;
    }
    // A Job without manualSelector gets a generated selector and matching labels.
    if (kind === 'Job' && getBool(spec, 'manualSelector') !== true) return;
    const selector = spec.selector;
    if (!isObject(selector) || isEmptySelector(selector) || !isValidLabelSelector(selector)) return;
    if (selectorMatches(selector, labels)) return;
    ctx.report({
      fieldPath: LABELS_PATH,
      message: `selector ${describeSelector(selector)} does not match the template labels (${stringEntries(labels).map(([k, v]) => `${k}=${v}`).join(',') || 'none'})`,
      hint: `give the pod template the labels the selector asks for, so the ${kind} finds its own pods`,
    });
  },
};
