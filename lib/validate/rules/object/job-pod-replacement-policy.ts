/**
 * `job/pod-replacement-policy` (Kubernetes 1.29 and later): TerminatingOrFailed or
 * Failed; only Failed together with a podFailurePolicy.
 */
import { childPath } from '../../field-path';
import { getString, isSet } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

/** First minor version with podReplacementPolicy on by default (JobPodReplacementPolicy beta). */
export const POD_REPLACEMENT_POLICY_SINCE = 29;

/** Follows batch validatePodReplacementPolicy. */
export const jobPodReplacementPolicy: ObjectRule = {
  id: 'job/pod-replacement-policy',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    if (ctx.minor < POD_REPLACEMENT_POLICY_SINCE) return;
    const site = jobSpecOf(object, kindOf(object));
    const policy = getString(site?.spec, 'podReplacementPolicy');
    if (site === undefined || policy === undefined) return;
    const path = childPath(site.path, 'podReplacementPolicy');
    if (isSet(site.spec, 'podFailurePolicy')) {
      if (policy !== 'Failed') ctx.report({ fieldPath: path, message: `podReplacementPolicy must be Failed when a podFailurePolicy is set (got ${JSON.stringify(policy)})`, hint: 'set podReplacementPolicy: Failed' });
    } else if (policy !== 'Failed' && policy !== 'TerminatingOrFailed') {
      ctx.report({ fieldPath: path, message: `${JSON.stringify(policy)} is not a pod replacement policy`, hint: 'use TerminatingOrFailed or Failed' });
    }
  },
};
