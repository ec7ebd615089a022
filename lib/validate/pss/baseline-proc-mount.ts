import { stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { PROC_MOUNT_MINOR } from '../rules/pod/security-context';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** First policy version that allows any procMount in a pod with its own user namespace. */
export const USER_NAMESPACE_RELAXATION_MINOR = 35;

/**
 * Baseline: the default /proc masks (`procMount_baseline`, formerly `procMount`): `procMount`
 * unset or Default; from 1.35 any value when the pod has its own user namespace
 * (`hostUsers: false`). Before 1.33 ProcMountType is off by default and the server resets
 * the field to Default before admission (`dropDisabledProcMountField`), so nothing is checked.
 */
export const baselineProcMount = pssCheck('pss/baseline-proc-mount', (view, ctx) => {
  if (view.minor < PROC_MOUNT_MINOR) return;
  if (view.userNamespace && view.minor >= USER_NAMESPACE_RELAXATION_MINOR) return;
  for (const container of view.containers) {
    const procMount = stringAt(containerContext(container), 'procMount');
    if (procMount === undefined || procMount === 'Default') continue;
    const fieldPath = containerContextPath(container, 'procMount');
    ctx.report({ fieldPath, message: `${describeContainer(container)} sets procMount ${procMount}; the baseline profile forbids it`, hint: `set ${fieldPath} to Default or remove it` });
  }
});
