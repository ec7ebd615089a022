import { child, intAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { USER_NAMESPACE_RELAXATION_MINOR } from './baseline-proc-mount';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Restricted: `runAsUser` is never 0 (`runAsUser`); from 1.35 a pod with its own user namespace is exempt. */
export const restrictedRunAsUser = pssCheck('pss/restricted-run-as-user', (view, ctx) => {
  if (view.userNamespace && view.minor >= USER_NAMESPACE_RELAXATION_MINOR) return;
  if (intAt(view.podContext, 'runAsUser') === 0) {
    const fieldPath = child(view.podContextPath, 'runAsUser');
    ctx.report({ fieldPath, message: 'the pod runs as user 0 (root)', hint: `set ${fieldPath} to a non-zero user ID, e.g. 1000` });
  }
  for (const container of view.containers) {
    if (intAt(containerContext(container), 'runAsUser') !== 0) continue;
    const fieldPath = containerContextPath(container, 'runAsUser');
    ctx.report({ fieldPath, message: `${describeContainer(container)} runs as user 0 (root)`, hint: `set ${fieldPath} to a non-zero user ID, e.g. 1000` });
  }
});
