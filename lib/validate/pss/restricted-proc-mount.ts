import { stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { USER_NAMESPACE_RELAXATION_MINOR } from './baseline-proc-mount';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/**
 * Restricted from 1.35: the default /proc masks even in a pod with its own user namespace
 * (`procMount_restricted`, which replaces `procMount_baseline` at the restricted level):
 * `procMount` unset or Default. Only pods with `hostUsers: false` are checked here: for the
 * others `pss/baseline-proc-mount` reports the same finding, and before 1.35 the baseline
 * check has no user namespace relaxation to tighten.
 */
export const restrictedProcMount = pssCheck('pss/restricted-proc-mount', (view, ctx) => {
  if (!view.userNamespace || view.minor < USER_NAMESPACE_RELAXATION_MINOR) return;
  for (const container of view.containers) {
    const procMount = stringAt(containerContext(container), 'procMount');
    if (procMount === undefined || procMount === 'Default') continue;
    const fieldPath = containerContextPath(container, 'procMount');
    ctx.report({ fieldPath, message: `${describeContainer(container)} sets procMount ${procMount}; the restricted profile forbids it, even with a user namespace`, hint: `set ${fieldPath} to Default or remove it` });
  }
});
