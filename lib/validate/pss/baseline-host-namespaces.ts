import { boolAt, child } from '../rules/pod/access';
import { pssCheck } from './pss-support';

/** Baseline: the pod may not share the host's network, PID or IPC namespace (`hostNamespaces`). */
export const baselineHostNamespaces = pssCheck('pss/baseline-host-namespaces', (view, ctx) => {
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (boolAt(view.spec, field) !== true) continue;
    const fieldPath = child(view.specPath, field);
    ctx.report({ fieldPath, message: `${field} is true; the baseline profile forbids sharing host namespaces`, hint: `set ${fieldPath} to false or remove it` });
  }
});
