import type { Finding, PodRule } from '../../rule';
import { child, intAt, type JsonRecord, recordsAt, stringAt } from './access';
import { describeContainer, type PodContainer, podContainers, specRecord } from './pod-containers';

interface DeclaredPort {
  readonly container: PodContainer;
  readonly path: string;
  readonly port: JsonRecord;
  readonly hostPort: number;
  readonly hostIP: string;
}

/**
 * Two declarations of one container port and protocol.
 *
 * - `ports/unique-container-port` (error) is podsmith's own rule: two containers that run
 *   at the same time (regular containers and native sidecars) share one network namespace,
 *   so they cannot both listen on one port. The API server only warns about this; podsmith
 *   refuses it because the second container would fail to bind.
 * - `ports/duplicate-definition` (warning) mirrors the API server's warnings
 *   (`pkg/api/pod/warnings.go`): the same port declared twice in one container, or by an
 *   init container that does not run alongside the other.
 */
export const containerPortOverlap: PodRule = {
  id: 'ports/unique-container-port',
  check(site, ctx) {
    const seen = new Map<string, DeclaredPort[]>();
    // The API server's warning visits init containers first, then containers.
    for (const container of podContainers(specRecord(site.spec), site.specPath, ctx.minor, ['initContainers', 'containers'])) {
      for (const { index, value: port } of recordsAt(container.value, 'ports')) {
        const containerPort = intAt(port, 'containerPort');
        if (containerPort === undefined || containerPort === 0) continue;
        const protocol = stringAt(port, 'protocol') || 'TCP';
        const declared: DeclaredPort = {
          container,
          path: `${child(container.path, 'ports')}[${index}]`,
          port,
          hostPort: intAt(port, 'hostPort') ?? 0,
          hostIP: stringAt(port, 'hostIP') ?? '',
        };
        const key = `${containerPort}/${protocol}`;
        const others = seen.get(key) ?? [];
        const finding = compare(declared, others, containerPort, protocol);
        if (finding !== undefined) ctx.report(finding);
        others.push(declared);
        seen.set(key, others);
      }
    }
  },
};

function runsAlongside(container: PodContainer): boolean {
  return container.kind === 'containers' || container.sidecar;
}

function compare(current: DeclaredPort, others: DeclaredPort[], containerPort: number, protocol: string): Finding | undefined {
  const rival = others.find((o) => o.container !== current.container && runsAlongside(o.container) && runsAlongside(current.container));
  if (rival !== undefined) {
    return {
      fieldPath: child(current.path, 'containerPort'),
      message: `${containerPort}/${protocol} is already used by ${describeContainer(rival.container)}; containers of a pod share one network namespace`,
      hint: 'the API server only warns, but the second container cannot bind the port: give one of them another port',
    };
  }
  for (const other of others) {
    let kind: string | undefined;
    if (current.hostIP === other.hostIP && current.hostPort === other.hostPort) kind = 'duplicate';
    else if (current.hostPort === 0 || other.hostPort === 0) kind = 'overlapping';
    else if (current.hostPort === other.hostPort && (current.hostIP === '') !== (other.hostIP === '')) kind = 'dangerously ambiguous';
    if (kind === undefined) continue;
    return {
      ruleId: 'ports/duplicate-definition',
      severity: 'warning',
      fieldPath: current.path,
      message: `${kind} port definition of ${containerPort}/${protocol} with ${other.path}`,
      hint: 'declare each container port once',
    };
  }
  return undefined;
}
