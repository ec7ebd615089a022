import type { Finding, PodRule } from '../../rule';
import { intAt, stringAt } from './access';
import { forEachPort } from './container-ports';
import { describeContainer, itemPath, type PodContainer, siteContainers } from './pod-containers';

/** One declared container port (a `ports` entry with a containerPort). */
interface DeclaredPort {
  readonly container: PodContainer;
  /** Position in the container's `ports`. */
  readonly index: number;
  readonly containerPort: number;
  /** The protocol, `TCP` when empty or unset. */
  readonly protocol: string;
  readonly hostPort: number;
  readonly hostIP: string;
}

/** Up to this many declarations, a pairwise look for a shared port decides that there is nothing to report. */
const PAIRWISE_LIMIT = 16;

/**
 * Two declarations of one container port and protocol.
 *
 * - `ports/unique-container-port` (warning): two containers that run at the same time
 *   (regular containers and native sidecars) declare one port. They share one network
 *   namespace, so they cannot both listen on it; the API server only warns
 *   (`pkg/api/pod/warnings.go`), and so does podsmith, with a message that says why.
 * - `ports/duplicate-definition` (warning) mirrors the API server's warnings
 *   (`pkg/api/pod/warnings.go`): the same port declared twice in one container, or by an
 *   init container that does not run alongside the other.
 */
export const containerPortOverlap: PodRule = {
  id: 'ports/unique-container-port',
  check(site, ctx) {
    const { regular, init } = siteContainers(site, ctx.minor);
    const regularPorts = declaredPorts(regular);
    const initPorts = declaredPorts(init);
    if (regularPorts.length + initPorts.length < 2 || allDistinct(regularPorts, initPorts)) return;
    // Containers that run together: the later declaration is reported, main containers first,
    // so that a clash with a native sidecar (added after the main containers, often by a
    // pattern) is reported on the sidecar's port.
    const running = new Map<string, DeclaredPort>();
    for (const declared of [...regularPorts, ...initPorts]) {
      if (!runsAlongside(declared.container)) continue;
      const key = portKey(declared);
      const rival = running.get(key);
      if (rival !== undefined && rival.container !== declared.container) {
        ctx.report({
          severity: 'warning',
          fieldPath: itemPath(declared.container, 'ports', declared.index, 'containerPort'),
          message: `${key} is already used by ${describeContainer(rival.container)}; containers of a pod share one network namespace, so only one of them can listen on it`,
          hint: 'give one of them another port, or declare the port in the container that listens on it only',
        });
      } else if (rival === undefined) {
        running.set(key, declared);
      }
    }
    // The API server's warnings visit init containers first, then containers.
    const seen = new Map<string, DeclaredPort[]>();
    for (const declared of [...initPorts, ...regularPorts]) {
      const key = portKey(declared);
      const others = seen.get(key) ?? [];
      const clashes = others.some((o) => o.container !== declared.container && runsAlongside(o.container) && runsAlongside(declared.container));
      const finding = clashes ? undefined : duplicateDefinition(declared, key, others);
      if (finding !== undefined) ctx.report(finding);
      others.push(declared);
      seen.set(key, others);
    }
  },
};

/** The ports with a containerPort declared by `containers`, in order. */
function declaredPorts(containers: readonly PodContainer[]): DeclaredPort[] {
  const out: DeclaredPort[] = [];
  forEachPort(containers, 0, containers.length, (container, port, index) => {
    const containerPort = intAt(port, 'containerPort');
    if (containerPort === undefined || containerPort === 0) return;
    out.push({
      container,
      index,
      containerPort,
      protocol: stringAt(port, 'protocol') || 'TCP',
      hostPort: intAt(port, 'hostPort') ?? 0,
      hostIP: stringAt(port, 'hostIP') ?? '',
    });
  });
  return out;
}

/** True when no two declarations share a port and protocol (decided pairwise for short lists only). */
function allDistinct(first: readonly DeclaredPort[], second: readonly DeclaredPort[]): boolean {
  const count = first.length + second.length;
  if (count > PAIRWISE_LIMIT) return false;
  for (let i = 0; i < count; i++) {
    const a = i < first.length ? first[i] : second[i - first.length];
    for (let j = i + 1; j < count; j++) {
      const b = j < first.length ? first[j] : second[j - first.length];
      if (a.containerPort === b.containerPort && a.protocol === b.protocol) return false;
    }
  }
  return true;
}

/** `80/TCP`: the port and protocol, as messages name them. */
function portKey(declared: DeclaredPort): string {
  return `${declared.containerPort}/${declared.protocol}`;
}

function runsAlongside(container: PodContainer): boolean {
  return container.kind === 'containers' || container.sidecar;
}

function duplicateDefinition(current: DeclaredPort, key: string, others: readonly DeclaredPort[]): Finding | undefined {
  for (const other of others) {
    let kind: string | undefined;
    if (current.hostIP === other.hostIP && current.hostPort === other.hostPort) kind = 'duplicate';
    else if (current.hostPort === 0 || other.hostPort === 0) kind = 'overlapping';
    else if (current.hostPort === other.hostPort && (current.hostIP === '') !== (other.hostIP === '')) kind = 'dangerously ambiguous';
    if (kind === undefined) continue;
    return {
      ruleId: 'ports/duplicate-definition',
      severity: 'warning',
      fieldPath: itemPath(current.container, 'ports', current.index),
      message: `${kind} port definition of ${key} with ${itemPath(other.container, 'ports', other.index)}`,
      hint: 'declare each container port once',
    };
  }
  return undefined;
}
