import { boolAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Baseline: no privileged containers (`privileged`). */
export const baselinePrivileged = pssCheck('pss/baseline-privileged', (view, ctx) => {
  for (const container of view.containers) {
    if (boolAt(containerContext(container), 'privileged') !== true) continue;
    const fieldPath = containerContextPath(container, 'privileged');
    ctx.report({ fieldPath, message: `${describeContainer(container)} is privileged; the baseline profile forbids it`, hint: `set ${fieldPath} to false or remove it` });
  }
});
