/**
 * `selector/syntax`: a workload's label selector is well formed: valid matchLabels, a
 * known operator per requirement, values for In and NotIn and none for Exists and
 * DoesNotExist, valid keys and values.
 */
import { childPath } from '../../field-path';
import { getObject } from '../../primitives/access';
import { checkLabelSelector } from '../../primitives/label-selector';
import type { ObjectRule } from '../../rule';

/** Follows apimachinery ValidateLabelSelector (strict label values) as called by apps ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec and batch ValidateJobSpec. */
export const selectorSyntax: ObjectRule = {
  id: 'selector/syntax',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'],
  check(object, ctx) {
    const selector = getObject(getObject(object, 'spec'), 'selector');
    if (selector === undefined) return;
    checkLabelSelector(selector, childPath('spec', 'selector'), ctx);
  },
};
