/**
 * `cronjob/concurrency-policy`: Allow (the default), Forbid or Replace.
 */
import { getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Follows batch validateConcurrencyPolicy. */
export const cronJobConcurrencyPolicy: ObjectRule = {
  id: 'cronjob/concurrency-policy',
  kinds: ['CronJob'],
  check(object, ctx) {
    const policy = getString(getObject(object, 'spec'), 'concurrencyPolicy');
    if (policy === undefined || policy === '' || policy === 'Allow' || policy === 'Forbid' || policy === 'Replace') return;
    ctx.report({ fieldPath: 'spec.concurrencyPolicy', message: `${JSON.stringify(policy)} is not a concurrency policy`, hint: 'use Allow (the default), Forbid or Replace' });
  },
};
