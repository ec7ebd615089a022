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
    const spec = specRecord(site.spec);
    // Containers that run together: the later declaration is reported, main containers first,
    // so that a clash with a native sidecar (added after the main containers, often by a
    // pattern) is reported on the sidecar's port.
    const running = new Map<string, DeclaredPort>();
    for (const declared of declaredPorts(podContainers(spec, site.specPath, ctx.minor, ['containers', 'initContainers']))) {
      if (!runsAlongside(declared.container)) continue;
      const rival = running.get(declared.key);
      if (rival !== undefined && rival.container !== declared.container) {
        ctx.report({
          fieldPath: child(declared.path, 'containerPort'),
          message: `${declared.key} is already used by ${describeContainer(rival.container)}; containers of a pod share one network namespace`,
          hint: 'the API server only warns, but the second container cannot bind the port: give one of them another port',
        });
      } else if (rival === undefined) {
        running.set(declared.key, declared);
      }
    }
    // The API server's warnings visit init containers first, then containers.
    const seen = new Map<string, DeclaredPort[]>();
    for (const declared of declaredPorts(podContainers(spec, site.specPath, ctx.minor, ['initContainers', 'containers']))) {
      const others = seen.get(declared.key) ?? [];
      const clashes = others.some((o) => o.container !== declared.container && runsAlongside(o.container) && runsAlongside(declared.container));
      const finding = clashes ? undefined : duplicateDefinition(declared, others);
      if (finding !== undefined) ctx.report(finding);
      others.push(declared);
      seen.set(declared.key, others);
    }
  },
};

function* declaredPorts(containers: Iterable<PodContainer>): Generator<DeclaredPort & { readonly key: string }> {
  for (const container of containers) {
    for (const { index, value: port } of recordsAt(container.value, 'ports')) {
      const containerPort = intAt(port, 'containerPort');
      if (containerPort === undefined || containerPort === 0) continue;
      const protocol = stringAt(port, 'protocol') || 'TCP';
      yield {
        container,
        path: `${child(container.path, 'ports')}[${index}]`,
        port,
        hostPort: intAt(port, 'hostPort') ?? 0,
        hostIP: stringAt(port, 'hostIP') ?? '',
        key: `${containerPort}/${protocol}`,
      };
    }
  }
}

function runsAlongside(container: PodContainer): boolean {
  return container.kind === 'containers' || container.sidecar;
}

function duplicateDefinition(current: DeclaredPort & { readonly key: string }, others: readonly DeclaredPort[]): Finding | undefined {
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
      message: `${kind} port definition of ${current.key} with ${other.path}`,
      hint: 'declare each container port once',
    };
  }
  return undefined;
}
