import { boolAt, child, recordAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Baseline: no Windows HostProcess containers (`windowsHostProcess`). */
export const baselineWindowsHostProcess = pssCheck('pss/baseline-windows-host-process', (view, ctx) => {
  if (boolAt(recordAt(view.podContext, 'windowsOptions'), 'hostProcess') === true) {
    const fieldPath = child(child(view.podContextPath, 'windowsOptions'), 'hostProcess');
    ctx.report({ fieldPath, message: 'the pod runs HostProcess containers; the baseline profile forbids them', hint: `set ${fieldPath} to false or remove it` });
  }
  for (const container of view.containers) {
    if (boolAt(recordAt(containerContext(container), 'windowsOptions'), 'hostProcess') !== true) continue;
    const fieldPath = containerContextPath(container, 'windowsOptions', 'hostProcess');
    ctx.report({ fieldPath, message: `${describeContainer(container)} is a HostProcess container; the baseline profile forbids it`, hint: `set ${fieldPath} to false or remove it` });
  }
});
