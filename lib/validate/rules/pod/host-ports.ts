import type { PodRule, RuleContext } from '../../rule';
import { boolAt, intAt, stringAt } from './access';
import { forEachPort } from './container-ports';
import { itemPath, type PodContainer, siteContainers, specRecord } from './pod-containers';

/**
 * Host ports. Two ports of the regular containers may not claim the same
 * protocol/hostIP/hostPort; an init container is checked on its own, since init
 * containers run one after the other (`AccumulateUniqueHostPorts`, `checkHostPortConflicts`).
 * With `hostNetwork: true`, a container's `hostPort` must equal its `containerPort` when
 * set (`validatePodHostNetworkDeps`). A Pod's unset hostPort is defaulted to its
 * containerPort under `hostNetwork` (`SetDefaults_Pod`, `defaultHostNetworkPorts`; pod
 * templates are not defaulted), so a Pod's conflicts count those defaulted host ports: two
 * ports of one containerPort and protocol then claim the same host port.
 */
export const hostPorts: PodRule = {
  id: 'ports/host-port-conflict',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const { regular, init } = siteContainers(site, ctx.minor);
    const hostNetwork = boolAt(spec, 'hostNetwork') === true;
    const defaulted = hostNetwork && !site.isTemplate;
    checkConflicts(regular, 0, regular.length, defaulted, ctx);
    for (let i = 0; i < init.length; i++) checkConflicts(init, i, i + 1, defaulted, ctx);

    if (!hostNetwork) return;
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

/**
 * Reports host ports claimed twice among `group[start..end)`, which run at the same time.
 * With `defaulted` (a Pod on the host network) an unset hostPort is the containerPort.
 */
function checkConflicts(group: readonly PodContainer[], start: number, end: number, defaulted: boolean, ctx: RuleContext): void {
  let claimed: Map<string, string> | undefined;
  forEachPort(group, start, end, (container, port, index) => {
    let hostPort = intAt(port, 'hostPort');
    if (defaulted && (hostPort === undefined || hostPort === 0)) hostPort = intAt(port, 'containerPort');
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
