import { arrayAt, recordAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Capabilities a baseline container may add: the container runtimes' default set. */
export const BASELINE_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];

/** Baseline: containers may only add capabilities of the default set (`capabilities_baseline`). */
export const baselineCapabilities = pssCheck('pss/baseline-capabilities', (view, ctx) => {
  for (const container of view.containers) {
    const added = arrayAt(recordAt(containerContext(container), 'capabilities'), 'add') ?? [];
    added.forEach((capability, i) => {
      if (typeof capability !== 'string' || BASELINE_CAPABILITIES.includes(capability)) return;
      const fieldPath = `${containerContextPath(container, 'capabilities', 'add')}[${i}]`;
      ctx.report({ fieldPath, message: `${describeContainer(container)} adds capability ${capability}, beyond the baseline set`, hint: `remove ${capability} from ${containerContextPath(container, 'capabilities', 'add')}; allowed: ${BASELINE_CAPABILITIES.join(', ')}` });
    });
  }
});
