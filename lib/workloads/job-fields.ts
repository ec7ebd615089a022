import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../errors';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { renderSelector, type SelectorProp } from './selector';

/**
 * The fields of a JobSpec besides the pod template, under their API names (`backoffLimit`,
 * `completions`, `parallelism`, `activeDeadlineSeconds`, `ttlSecondsAfterFinished` ...): a
 * Job's props, and a CronJob's `jobTemplate.spec`.
 */
export interface JobFields extends Omit<k8s.JobSpec, 'template' | 'selector'> {
  /**
   * The pods the Job owns. The API server generates a selector unique to each Job, and refuses
   * one given here unless `manualSelector` is true.
   * @default none: the API server generates it
   */
  readonly selector?: SelectorProp;
}

const JOB_COUNTS = {
  parallelism: 0,
  completions: 0,
  backoffLimit: 0,
  backoffLimitPerIndex: 0,
  maxFailedIndexes: 0,
  activeDeadlineSeconds: 1,
  ttlSecondsAfterFinished: 0,
} as const;

/**
 * Checks a Job's fields for what is wrong whatever else (negative counts, a selector without
 * `manualSelector`) and returns them in the API form, without the template.
 *
 * @param owner the Job or CronJob, named in errors
 * @param fields the fields as given
 * @param prefix where the fields sit in the owner's props, e.g. `jobTemplate.spec.` @default ''
 */
export function renderJobFields(owner: IConstruct, fields: JobFields, prefix = ''): Record<string, unknown> {
  checkWholeNumbers(owner, fields, JOB_COUNTS, prefix);
  const { selector, ...rest } = fields;
  if (selector === undefined) return { ...rest };
  if (fields.manualSelector !== true) {
    throw new PodsmithUsageError(
      owner,
      `${prefix}selector`,
      'the API server generates a Job\'s selector and refuses one given unless manualSelector is true; remove selector, or also set manualSelector: true',
    );
  }
  return { ...rest, selector: renderSelector(owner, `${prefix}selector`, selector) };
}
