/**
 * `template/active-deadline-seconds`: pods of Deployments, ReplicaSets, StatefulSets,
 * DaemonSets and ReplicationControllers run indefinitely; their template may not set
 * activeDeadlineSeconds.
 */
import { childPath } from '../../field-path';
import { getObject, isSet } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { ALWAYS_RESTART_KINDS, podTemplateOf } from './workload-layout';

/** Follows apps ValidatePodTemplateSpecForReplicaSet / ValidateStatefulSetSpec / ValidateDaemonSetSpec and core ValidatePodTemplateSpecForRC. */
export const templateActiveDeadline: ObjectRule = {
  id: 'template/active-deadline-seconds',
  kinds: ALWAYS_RESTART_KINDS,
  check(object, ctx) {
    const kind = kindOf(object);
    const found = podTemplateOf(object, kind);
    const spec = getObject(found?.template, 'spec');
    if (found === undefined || !isSet(spec, 'activeDeadlineSeconds')) return;
    ctx.report({
      fieldPath: childPath(childPath(found.path, 'spec'), 'activeDeadlineSeconds'),
      message: `a ${kind}'s pod template may not set activeDeadlineSeconds`,
      hint: 'remove it; to bound the run time of pods that finish, use a Job',
    });
  },
};
