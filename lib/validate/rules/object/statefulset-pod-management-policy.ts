/**
 * `statefulset/pod-management-policy`: OrderedReady (the default) or Parallel.
 */
import { getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Follows apps ValidateStatefulSetSpec (podManagementPolicy). */
export const statefulSetPodManagementPolicy: ObjectRule = {
  id: 'statefulset/pod-management-policy',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const policy = getString(getObject(object, 'spec'), 'podManagementPolicy');
    if (policy === undefined || policy === '' || policy === 'OrderedReady' || policy === 'Parallel') return;
    ctx.report({ fieldPath: 'spec.podManagementPolicy', message: `${JSON.stringify(policy)} is not a pod management policy`, hint: 'use OrderedReady (one pod at a time, the default) or Parallel' });
  },
};
