import type { PodRule, RuleContext } from '../../rule';
import { boolAt, intAt, stringAt } from './access';
import { forEachPort } from './container-ports';
import { itemPath, type PodContainer, siteContainers, specRecord } from './pod-containers';

/**
 * Host ports. Two ports of the regular containers may not claim the same
 * protocol/hostIP/hostPort; an init container is checked on its own, since init
 * containers run one after the other (`AccumulateUniqueHostPorts`, `checkHostPortConflicts`).
 * With `hostNetwork: true`, a container's `hostPort` must equal its `containerPort` when
 * set (`validatePodHostNetworkDeps`; a Pod's unset hostPort is defaulted to containerPort).
 */
export const hostPorts: PodRule = {
  id: 'ports/host-port-conflict',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const { regular, init } = siteContainers(site, ctx.minor);
    checkConflicts(regular, 0, regular.length, ctx);
    for (let i = 0; i < init.length; i++) checkConflicts(init, i, i + 1, ctx);

    if (boolAt(spec, 'hostNetwork') !== true) return;
    forEachPort(regular, 0, regular.length, (container, port, index) => {
      const hostPort = intAt(port, 'hostPort');
      const containerPort = intAt(port, 'containerPort');
      if (hostPort === undefined || hostPort === 0 || containerPort === undefined || hostPort === containerPort) return;
      ctx.report({
        ruleId: 'ports/host-network',
        fieldPath: itemPath(container, 'ports', index, 'hostPort'),
        message: `hostPort ${hostPort} differs from containerPort ${containerPort}, but the pod uses hostNetwork`,
        hint: 'with hostNetwork: true the container listens on the host directly: remove hostPort or set it equal to containerPort',
      });
    });
  },
};

/** Reports host ports claimed twice among `group[start..end)`, which run at the same time. */
function checkConflicts(group: readonly PodContainer[], start: number, end: number, ctx: RuleContext): void {
  let claimed: Map<string, string> | undefined;
  forEachPort(group, start, end, (container, port, index) => {
    const hostPort = intAt(port, 'hostPort');
    if (hostPort === undefined || hostPort === 0) return;
    const protocol = stringAt(port, 'protocol') || 'TCP';
    const hostIP = stringAt(port, 'hostIP') ?? '';
    const claim = `${protocol}/${hostIP}/${hostPort}`;
    claimed ??= new Map<string, string>();
    const first = claimed.get(claim);
    if (first === undefined) {
      claimed.set(claim, itemPath(container, 'ports', index));
      return;
    }
    ctx.report({
      fieldPath: itemPath(container, 'ports', index, 'hostPort'),
      message: `hostPort ${hostPort}/${protocol}${hostIP === '' ? '' : ` on ${hostIP}`} is already claimed by ${first}`,
      hint: 'each host port may be claimed once per protocol and host IP; choose another hostPort or remove it',
    });
  });
}
