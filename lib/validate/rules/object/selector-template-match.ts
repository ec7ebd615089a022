/**
 * `selector/template-mismatch`: a workload's selector must match the labels of its pod
 * template, or the workload would never see the pods it creates. A Job's selector is
 * matched as the API server completes it (generated uid and job-name labels).
 */
import { get, getBool, getObject, getString, isObject, stringEntries } from '../../primitives/access';
import { describeSelector, isEmptySelector, isValidLabelSelector, selectorMatches } from '../../primitives/label-selector';
import type { ObjectRule, RuleContext } from '../../rule';
import { kindOf } from './kind-info';

const LABELS_PATH = 'spec.template.metadata.labels';

const UID_LABEL = 'batch.kubernetes.io/controller-uid';
const GENERATED_LABELS = ['job-name', 'batch.kubernetes.io/job-name', 'controller-uid', UID_LABEL];
/** Stand-ins for values only the API server knows: the Job's uid, and a name generated from generateName. */
const UNKNOWN_UID = '\u0000uid';
const UNKNOWN_NAME = '\u0000name';

/**
 * A Job without manualSelector: as batch generateSelector does on create, the template gets
 * the job-name and controller-uid labels it lacks and the selector the uid label it lacks;
 * a selector of one's own (rejected by `job/selector`) must still match those labels.
 */
function checkGeneratedJobSelector(object: Record<string, unknown>, spec: Record<string, unknown>, labels: Record<string, unknown> | undefined, ctx: RuleContext): void {
  const selector = spec.selector;
  if (!isObject(selector) || !isValidLabelSelector(selector)) return;
  const name = getString(getObject(object, 'metadata'), 'name') || UNKNOWN_NAME;
  const generated: Record<string, unknown> = {};
  for (const key of GENERATED_LABELS) generated[key] = key.endsWith('controller-uid') ? UNKNOWN_UID : name;
  const podLabels = { ...generated, ...(labels ?? {}) };
  const withUid = { ...selector, matchLabels: { [UID_LABEL]: UNKNOWN_UID, ...(getObject(selector, 'matchLabels') ?? {}) } };
  if (selectorMatches(withUid, podLabels)) return;
  ctx.report({
    fieldPath: LABELS_PATH,
    message: `selector ${describeSelector(selector)} does not match the template labels (${stringEntries(labels).map(([k, v]) => `${k}=${v}`).join(',') || 'none'}), even with the job-name and controller-uid labels the API server adds`,
    hint: 'remove spec.selector to have it generated, or set manualSelector: true and give the template the labels the selector asks for',
  });
}

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
    if (kind === 'Job' && getBool(spec, 'manualSelector') !== true) {
      checkGeneratedJobSelector(object, spec, labels, ctx);
      return;
    }
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
