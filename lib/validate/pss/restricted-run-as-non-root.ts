import { boolAt, child } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { USER_NAMESPACE_RELAXATION_MINOR } from './baseline-proc-mount';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/**
 * Restricted: containers run as non-root (`runAsNonRoot`): `runAsNonRoot: true` on the pod
 * or on every container, and never false on a container. From 1.35 a pod with its own user
 * namespace (`hostUsers: false`) is exempt.
 */
export const restrictedRunAsNonRoot = pssCheck('pss/restricted-run-as-non-root', (view, ctx) => {
  if (view.userNamespace && view.minor >= USER_NAMESPACE_RELAXATION_MINOR) return;
  const podValue = boolAt(view.podContext, 'runAsNonRoot');
  if (podValue === false) {
    const fieldPath = child(view.podContextPath, 'runAsNonRoot');
    ctx.report({ fieldPath, message: 'the pod sets runAsNonRoot to false', hint: `set ${fieldPath} to true` });
  }
  for (const container of view.containers) {
    const value = boolAt(containerContext(container), 'runAsNonRoot');
    if (value === true || (value === undefined && podValue === true)) continue;
    const fieldPath = containerContextPath(container, 'runAsNonRoot');
    ctx.report({
      fieldPath,
      message: value === false ? `${describeContainer(container)} sets runAsNonRoot to false` : `${describeContainer(container)} may run as root: runAsNonRoot is not set`,
      hint: value === false ? `set ${fieldPath} to true` : `set ${child(view.podContextPath, 'runAsNonRoot')} (or ${fieldPath}) to true`,
    });
  }
});
