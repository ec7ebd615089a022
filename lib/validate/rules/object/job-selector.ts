/**
 * `job/selector`: a Job's selector is generated from its uid unless manualSelector is
 * true: without manualSelector, a selector of one's own is rejected (it cannot match
 * the generated labels) and the template may not carry conflicting job labels; with
 * manualSelector, the selector is required. A CronJob's job template may set neither
 * a selector nor manualSelector.
 */
import { childPath, keyPath } from '../../field-path';
import { getArray, getBool, getObject, getString, isSet, stringEntries } from '../../primitives/access';
import { isValidLabelSelector } from '../../primitives/label-selector';
import type { ObjectRule, RuleContext } from '../../rule';
import { kindOf } from './kind-info';

const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];
const UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];

/** Whether a requirement holds on the generated labels (job name known or not, uid unknown). */
function requirementHolds(key: string, operator: string | undefined, values: readonly unknown[], jobName: string | undefined): boolean {
  if (UID_LABELS.includes(key)) return operator === 'Exists' || operator === 'NotIn';
  if (JOB_NAME_LABELS.includes(key)) {
    // A generated name is random: no listed value can equal it.
    if (operator === 'Exists') return true;
    if (operator === 'In') return jobName !== undefined && values.includes(jobName);
    if (operator === 'NotIn') return jobName === undefined || !values.includes(jobName);
    return false;
  }
  return operator === 'NotIn' || operator === 'DoesNotExist';
}

function checkJob(object: Record<string, unknown>, ctx: RuleContext): void {
  const spec = getObject(object, 'spec');
  if (spec === undefined) return;
  const manual = getBool(spec, 'manualSelector') === true;
  const selector = getObject(spec, 'selector');
  const metadata = getObject(object, 'metadata');
  const name = getString(metadata, 'name') || undefined;
  if (manual) {
    if (selector === undefined) {
      ctx.report({ fieldPath: childPath('spec', 'selector'), message: 'a Job with manualSelector: true needs a selector', hint: 'set spec.selector, or remove manualSelector to have one generated' });
    }
    return;
  }
  // An invalid selector (selector/syntax) cannot be parsed, so the server does not compare it with the generated labels.
  if (selector !== undefined && isValidLabelSelector(selector)) {
    let holds = true;
    for (const [key, value] of stringEntries(getObject(selector, 'matchLabels'))) {
      if (!(JOB_NAME_LABELS.includes(key) && value === name)) holds = false;
    }
    for (const requirement of getArray(selector, 'matchExpressions') ?? []) {
      if (!requirementHolds(getString(requirement, 'key') ?? '', getString(requirement, 'operator'), getArray(requirement, 'values') ?? [], name)) holds = false;
    }
    if (!holds) {
      ctx.report({
        fieldPath: childPath('spec', 'selector'),
        message: 'a Job selector is generated from the Job uid; this one would not match the generated pod labels',
        hint: 'remove spec.selector, or set spec.manualSelector: true to manage the selector and labels yourself',
      });
    }
  }
  const labels = getObject(getObject(getObject(spec, 'template'), 'metadata'), 'labels');
  for (const [key, value] of stringEntries(labels)) {
    const path = keyPath('spec.template.metadata.labels', key);
    if (UID_LABELS.includes(key)) {
      ctx.report({ fieldPath: path, message: `label ${key} is set by the API server to the Job uid`, hint: 'remove it from the pod template' });
    } else if (JOB_NAME_LABELS.includes(key) && value !== name) {
      ctx.report({
        fieldPath: path,
        message:
          name === undefined
            ? `label ${key} must be the Job name, which is generated: no fixed value can match it`
            : `label ${key} must be the Job name ${JSON.stringify(name)}, not ${JSON.stringify(value)}`,
        hint: 'remove it; the API server sets it',
      });
    }
  }
}

/** Follows batch validateGeneratedSelector and ValidateJobSpec (Job) and ValidateJobTemplateSpec (CronJob). */
export const jobSelector: ObjectRule = {
  id: 'job/selector',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    if (kindOf(object) === 'Job') return checkJob(object, ctx);
    const jobSpec = getObject(getObject(getObject(object, 'spec'), 'jobTemplate'), 'spec');
    if (jobSpec === undefined) return;
    if (isSet(jobSpec, 'selector')) {
      ctx.report({ fieldPath: 'spec.jobTemplate.spec.selector', message: "a CronJob's jobs get generated selectors; the job template may not set one", hint: 'remove spec.jobTemplate.spec.selector' });
    }
    if (getBool(jobSpec, 'manualSelector') === true) {
      ctx.report({ fieldPath: 'spec.jobTemplate.spec.manualSelector', message: "a CronJob's job template may not set manualSelector: true", hint: 'remove manualSelector (or set it to false)' });
    }
  },
};
