import { boolAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Restricted: every container sets `allowPrivilegeEscalation: false` (`allowPrivilegeEscalation`); Windows pods are exempt. */
export const restrictedPrivilegeEscalation = pssCheck('pss/restricted-privilege-escalation', (view, ctx) => {
  if (view.windows) return;
  for (const container of view.containers) {
    if (boolAt(containerContext(container), 'allowPrivilegeEscalation') === false) continue;
    const fieldPath = containerContextPath(container, 'allowPrivilegeEscalation');
    ctx.report({ fieldPath, message: `${describeContainer(container)} does not set allowPrivilegeEscalation to false`, hint: `set ${fieldPath} to false` });
  }
});
