import type { PodRule } from '../../rule';
import { boolAt, child, intAt, recordsAt, stringAt } from './access';
import { type PodContainer, podContainers, specRecord } from './pod-containers';

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
    const containers = podContainers(spec, site.specPath, ctx.minor, ['containers', 'initContainers']);
    const regular = containers.filter((c) => c.kind === 'containers');
    checkConflicts(regular);
    for (const init of containers.filter((c) => c.kind === 'initContainers')) checkConflicts([init]);

    if (boolAt(spec, 'hostNetwork') === true) {
      for (const container of regular) {
        for (const { index, value: port } of recordsAt(container.value, 'ports')) {
          const hostPort = intAt(port, 'hostPort');
          const containerPort = intAt(port, 'containerPort');
          if (hostPort === undefined || hostPort === 0 || containerPort === undefined || hostPort === containerPort) continue;
          ctx.report({
            ruleId: 'ports/host-network',
            fieldPath: child(`${child(container.path, 'ports')}[${index}]`, 'hostPort'),
            message: `hostPort ${hostPort} differs from containerPort ${containerPort}, but the pod uses hostNetwork`,
            hint: 'with hostNetwork: true the container listens on the host directly: remove hostPort or set it equal to containerPort',
          });
        }
      }
    }

    function checkConflicts(group: PodContainer[]): void {
      const claimed = new Map<string, string>();
      for (const container of group) {
        for (const { index, value: port } of recordsAt(container.value, 'ports')) {
          const hostPort = intAt(port, 'hostPort');
          if (hostPort === undefined || hostPort === 0) continue;
          const protocol = stringAt(port, 'protocol') || 'TCP';
          const hostIP = stringAt(port, 'hostIP') ?? '';
          const claim = `${protocol}/${hostIP}/${hostPort}`;
          const portPath = `${child(container.path, 'ports')}[${index}]`;
          const first = claimed.get(claim);
          if (first === undefined) {
            claimed.set(claim, portPath);
            continue;
          }
          ctx.report({
            fieldPath: child(portPath, 'hostPort'),
            message: `hostPort ${hostPort}/${protocol}${hostIP === '' ? '' : ` on ${hostIP}`} is already claimed by ${first}`,
            hint: 'each host port may be claimed once per protocol and host IP; choose another hostPort or remove it',
          });
        }
      }
    }
  },
};
