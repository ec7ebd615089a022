/**
 * The multi-container patterns a pod shows, inferred from what its containers say: a helper
 * that mounts a volume the main container mounts is a sidecar sharing it; a helper that
 * reads a localhost port of the main container and serves its own port is an adapter; a
 * helper the main container reaches on localhost is an ambassador.
 */
import type { ContainerFact, PodFacts } from './pod-facts';

/** What a container is in its pod. */
export type RoleKind = 'main' | 'sidecar' | 'adapter' | 'ambassador' | 'init' | 'native-sidecar' | 'container';

/** Each role in words, as the pictures of a pod label its containers. */
export const ROLE_NAMES: Readonly<Record<RoleKind, string>> = {
  main: 'main container',
  sidecar: 'sidecar',
  adapter: 'adapter',
  ambassador: 'ambassador',
  init: 'init container',
  'native-sidecar': 'native sidecar',
  container: 'container',
};

/** The role of one container. */
export interface Role {
  /** What it is. */
  readonly kind: RoleKind;
  /** The main container it serves, for sidecars, adapters and ambassadors. */
  readonly of?: string;
  /** Volumes it shares with the main container. */
  readonly sharedVolumes: readonly string[];
  /** For an ambassador: the remote address it forwards to, when its arguments or env name one. */
  readonly upstream?: string;
}

/** A container reaching another over the pod's shared network namespace. */
export interface LocalLink {
  /** The container that connects. */
  readonly from: string;
  /** The container that listens. */
  readonly to: string;
  /** The port, as written. */
  readonly port: string;
}

/** Roles by container name, and the localhost links between containers. */
export interface PodRoles {
  /** Each container's role. */
  readonly roles: ReadonlyMap<string, Role>;
  /** Localhost links, in container order. */
  readonly links: readonly LocalLink[];
  /** The main container, when the pod has one. */
  readonly main?: string;
}

const LOCAL_PORT = /(?:\blocalhost|\b127\.0\.0\.1|\[::1\]):(\d{1,5})\b/g;
const REMOTE_ADDRESS = /\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?):(\d{1,5})\b/gi;

/** The texts a container says things in: command, arguments and literal env values. */
function texts(container: ContainerFact): string[] {
  return [...container.command, ...container.args, ...container.env.flatMap((e) => (e.value === undefined ? [] : [e.value]))];
}

/** The ports a container reaches on localhost, in order, each once. */
export function localPorts(container: ContainerFact): string[] {
  const ports: string[] = [];
  for (const text of texts(container)) {
    for (const match of text.matchAll(LOCAL_PORT)) if (!ports.includes(match[1])) ports.push(match[1]);
  }
  return ports;
}

/** The first remote `host:port` a container names (not localhost). */
function remoteAddress(container: ContainerFact): string | undefined {
  for (const text of texts(container)) {
    for (const match of text.matchAll(REMOTE_ADDRESS)) {
      if (match[1] !== 'localhost' && !/^127\./.test(match[1])) return `${match[1]}:${match[2]}`;
    }
  }
  return undefined;
}

/** Infers the roles and links of a pod's containers. */
export function inferRoles(facts: PodFacts): PodRoles {
  const containers = facts.containers;
  const main = containers.find((c) => c.phase === 'main');
  const links: LocalLink[] = [];
  for (const container of containers) {
    for (const port of localPorts(container)) {
      const listener = containers.find((c) => c !== container && c.ports.some((p) => p.containerPort === port));
      const ownPort = container.ports.some((p) => p.containerPort === port);
      const to = listener ?? (!ownPort && main !== undefined && container !== main ? main : undefined);
      if (to !== undefined && !links.some((l) => l.from === container.name && l.to === to.name && l.port === port)) links.push({ from: container.name, to: to.name, port });
    }
  }
  const roles = new Map<string, Role>();
  const mainVolumes = new Set(main?.mounts.map((m) => m.volume) ?? []);
  for (const container of containers) {
    if (roles.has(container.name)) continue;
    if (container === main) {
      roles.set(container.name, { kind: 'main', sharedVolumes: [] });
      continue;
    }
    const sharedVolumes = main === undefined ? [] : [...new Set(container.mounts.map((m) => m.volume).filter((v) => mainVolumes.has(v)))];
    const helper = container.phase !== 'init' && main !== undefined;
    let kind: RoleKind;
    if (helper && links.some((l) => l.from === main.name && l.to === container.name)) kind = 'ambassador';
    else if (helper && container.ports.length > 0 && links.some((l) => l.from === container.name && l.to === main.name)) kind = 'adapter';
    else if (helper && sharedVolumes.length > 0) kind = 'sidecar';
    else kind = container.phase === 'init' ? 'init' : container.phase === 'sidecar' ? 'native-sidecar' : 'container';
    const upstream = kind === 'ambassador' ? remoteAddress(container) : undefined;
    roles.set(container.name, {
      kind,
      ...(['sidecar', 'adapter', 'ambassador'].includes(kind) ? { of: main!.name } : {}),
      sharedVolumes,
      ...(upstream ? { upstream } : {}),
    });
  }
  return { roles, links, ...(main ? { main: main.name } : {}) };
}

/** A role in words, e.g. `sidecar of nginx (shares volume logs)`, `adapter of nginx (reads localhost:8080)`. */
export function describeRole(role: Role, name: string, podRoles: PodRoles): string {
  const shares = role.sharedVolumes.length > 0 ? `shares volume${role.sharedVolumes.length > 1 ? 's' : ''} ${role.sharedVolumes.join(', ')}` : '';
  const parts: string[] = [];
  switch (role.kind) {
    case 'main':
      return 'main container';
    case 'init':
      return 'init container (runs to completion before the next starts)';
    case 'native-sidecar':
      return 'native sidecar (keeps running beside the main containers)';
    case 'container':
      return 'container (runs beside the main container)';
    case 'ambassador': {
      const ports = podRoles.links.filter((l) => l.to === name && l.from === role.of).map((l) => `localhost:${l.port}`);
      parts.push(`reached by ${role.of} on ${ports.join(', ')}`);
      if (role.upstream) parts.push(`forwards to ${role.upstream}`);
      break;
    }
    case 'adapter': {
      const ports = podRoles.links.filter((l) => l.from === name && l.to === role.of).map((l) => `localhost:${l.port}`);
      parts.push(`reads ${ports.join(', ')}`);
      break;
    }
    case 'sidecar':
      break;
  }
  if (shares) parts.push(shares);
  return `${role.kind} of ${role.of}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
}
