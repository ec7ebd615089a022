/**
 * `template/restart-policy`: the pods of Deployments, ReplicaSets, StatefulSets,
 * DaemonSets and ReplicationControllers restart always, so their template's
 * restartPolicy must be Always (the default); a Job's pods finish, so its template (and
 * a CronJob's) must set OnFailure or Never explicitly.
 */
import { childPath } from '../../field-path';
import { getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { ALWAYS_RESTART_KINDS, podTemplateOf } from './workload-layout';

const POD_RESTART_POLICIES = new Set(['Always', 'OnFailure', 'Never']);

/** Follows apps ValidatePodTemplateSpecForReplicaSet / ValidateStatefulSetSpec / ValidateDaemonSetSpec, core ValidatePodTemplateSpecForRC and batch validateJobSpec (template restartPolicy). */
export const templateRestartPolicy: ObjectRule = {
  id: 'template/restart-policy',
  kinds: [...ALWAYS_RESTART_KINDS, 'Job', 'CronJob'],
  check(object, ctx) {
    const kind = kindOf(object);
    const found = podTemplateOf(object, kind);
    if (found === undefined) return;
    const spec = getObject(found.template, 'spec');
    const policy = getString(spec, 'restartPolicy');
    // Values that no pod accepts are reported by the pod rules.
    if (policy !== undefined && policy !== '' && !POD_RESTART_POLICIES.has(policy)) return;
    const path = childPath(childPath(found.path, 'spec'), 'restartPolicy');
    if (kind === 'Job' || kind === 'CronJob') {
      if (policy === undefined || policy === '' || policy === 'Always') {
        ctx.report({
          fieldPath: path,
          message:
            policy === 'Always'
              ? `a ${kind}'s pods must finish: restartPolicy Always is not allowed`
              : `a ${kind}'s pod template must set restartPolicy (the pod default, Always, is not allowed)`,
          hint: 'set restartPolicy to OnFailure (retry in place) or Never (a new pod per retry)',
        });
      }
      return;
    }
    if (policy !== undefined && policy !== '' && policy !== 'Always') {
      ctx.report({
        fieldPath: path,
        message: `a ${kind} keeps its pods running: restartPolicy must be Always, not ${policy}`,
        hint: 'remove restartPolicy (it defaults to Always), or use a Job for pods that finish',
      });
    }
  },
};
