import { arrayAt, recordAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/**
 * Restricted: every container drops ALL capabilities and adds back at most
 * NET_BIND_SERVICE (`capabilities_restricted`). Windows pods are exempt.
 */
export const restrictedCapabilities = pssCheck('pss/restricted-capabilities', (view, ctx) => {
  if (view.windows) return;
  for (const container of view.containers) {
    const capabilities = recordAt(containerContext(container), 'capabilities');
    const drop = arrayAt(capabilities, 'drop') ?? [];
    if (!drop.includes('ALL')) {
      const fieldPath = containerContextPath(container, 'capabilities', 'drop');
      ctx.report({ fieldPath, message: `${describeContainer(container)} does not drop ALL capabilities`, hint: `set ${fieldPath} to ["ALL"]` });
    }
    const added = arrayAt(capabilities, 'add') ?? [];
    for (let i = 0; i < added.length; i++) {
      const capability = added[i];
      if (capability === 'NET_BIND_SERVICE' || typeof capability !== 'string') continue;
      const fieldPath = `${containerContextPath(container, 'capabilities', 'add')}[${i}]`;
      ctx.report({ fieldPath, message: `${describeContainer(container)} adds capability ${capability}`, hint: `remove ${capability} from ${containerContextPath(container, 'capabilities', 'add')}; only NET_BIND_SERVICE may be added` });
    }
  }
});
