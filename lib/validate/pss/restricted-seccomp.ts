import { child, recordAt, stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

const ALLOWED = ['RuntimeDefault', 'Localhost'];

/**
 * Restricted: a seccomp profile is required (`seccompProfile_restricted`): type
 * RuntimeDefault or Localhost on the pod, or on every container; never another type.
 * Windows pods are exempt.
 */
export const restrictedSeccomp = pssCheck('pss/restricted-seccomp', (view, ctx) => {
  if (view.windows) return;
  const podType = stringAt(recordAt(view.podContext, 'seccompProfile'), 'type');
  const podTypePath = child(child(view.podContextPath, 'seccompProfile'), 'type');
  if (podType !== undefined && !ALLOWED.includes(podType)) {
    ctx.report({ fieldPath: podTypePath, message: `the pod sets seccomp profile ${podType}`, hint: `set ${podTypePath} to RuntimeDefault or Localhost` });
  }
  for (const container of view.containers) {
    const type = stringAt(recordAt(containerContext(container), 'seccompProfile'), 'type');
    const fieldPath = containerContextPath(container, 'seccompProfile', 'type');
    if (type !== undefined) {
      if (!ALLOWED.includes(type)) ctx.report({ fieldPath, message: `${describeContainer(container)} sets seccomp profile ${type}`, hint: `set ${fieldPath} to RuntimeDefault or Localhost` });
    } else if (podType === undefined) {
      ctx.report({ fieldPath, message: `${describeContainer(container)} has no seccomp profile`, hint: `set ${podTypePath} (or ${fieldPath}) to RuntimeDefault` });
    }
  }
});
