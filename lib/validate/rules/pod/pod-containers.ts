import type { PodSite } from '../../rule';
import { asRecord, arrayAt, child, isRecord, type JsonRecord, stringAt } from './access';
import { memoizeOnSite } from './site-memo';

/** The three lists of containers of a pod spec. */
export type ContainerKind = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of a pod spec, as the rules visit it. */
export interface PodContainer {
  /** Which list it is in. */
  readonly kind: ContainerKind;
  /** Position in its list. */
  readonly index: number;
  /** Field path of the container, e.g. `spec.initContainers[0]` (built on first use). */
  readonly path: string;
  /** The container object. */
  readonly value: JsonRecord;
  /** Its name, when it is a string. */
  readonly name: string | undefined;
  /**
   * True for an init container with `restartPolicy: Always` (a native sidecar) on a
   * Kubernetes version that honours it (1.29 and later).
   */
  readonly sidecar: boolean;
}

/** The containers of one pod spec, grouped as the rules visit them. */
export interface SiteContainers {
  /** Regular containers (`spec.containers`). */
  readonly regular: readonly PodContainer[];
  /** Init containers (`spec.initContainers`). */
  readonly init: readonly PodContainer[];
  /** Containers, then init containers. */
  readonly withInit: readonly PodContainer[];
  /** Containers, then init, then ephemeral containers: API order. */
  readonly all: readonly PodContainer[];
}

/** First Kubernetes minor version that accepts native sidecars by default. */
export const NATIVE_SIDECAR_MINOR = 29;

const ALL_KINDS: readonly ContainerKind[] = ['containers', 'initContainers', 'ephemeralContainers'];

/** The pod spec as an object, or `undefined` when it is not one. */
export function specRecord(spec: unknown): JsonRecord | undefined {
  return asRecord(spec);
}

/** A visited container; its field path is built only when a rule asks for it (usually to report). */
class VisitedContainer implements PodContainer {
  private builtPath: string | undefined;

  constructor(
    readonly kind: ContainerKind,
    readonly index: number,
    readonly value: JsonRecord,
    readonly name: string | undefined,
    readonly sidecar: boolean,
    private readonly specPath: string,
  ) {}

  get path(): string {
    if (this.builtPath === undefined) this.builtPath = `${child(this.specPath, this.kind)}[${this.index}]`;
    return this.builtPath;
  }
}

/** Appends the containers of one list of `spec` to `out`. */
function collect(out: PodContainer[], spec: JsonRecord | undefined, specPath: string, minor: number, kind: ContainerKind): void {
  const items = arrayAt(spec, kind);
  if (items === undefined) return;
  const sidecarsOn = kind === 'initContainers' && minor >= NATIVE_SIDECAR_MINOR;
  for (let index = 0; index < items.length; index++) {
    const value = items[index];
    if (!isRecord(value)) continue;
    const sidecar = sidecarsOn && stringAt(value, 'restartPolicy') === 'Always';
    out.push(new VisitedContainer(kind, index, value, stringAt(value, 'name'), sidecar, specPath));
  }
}

/**
 * Every container of the given kinds, in the order given (by default API order:
 * containers, then init, then ephemeral containers). Rules use {@link siteContainers},
 * which computes the lists once per pod site.
 */
export function podContainers(
  spec: JsonRecord | undefined,
  specPath: string,
  minor: number,
  kinds: readonly ContainerKind[] = ALL_KINDS,
): PodContainer[] {
  const out: PodContainer[] = [];
  for (let i = 0; i < kinds.length; i++) collect(out, spec, specPath, minor, kinds[i]);
  return out;
}

function deriveContainers(site: PodSite, minor: number): SiteContainers {
  const spec = specRecord(site.spec);
  const regular: PodContainer[] = [];
  collect(regular, spec, site.specPath, minor, 'containers');
  const init: PodContainer[] = [];
  collect(init, spec, site.specPath, minor, 'initContainers');
  const ephemeral: PodContainer[] = [];
  collect(ephemeral, spec, site.specPath, minor, 'ephemeralContainers');
  const withInit = init.length === 0 ? regular : regular.concat(init);
  const all = ephemeral.length === 0 ? withInit : withInit.concat(ephemeral);
  return { regular, init, withInit, all };
}

/**
 * The containers of a pod site for the target minor version, computed once per site and
 * shared by the rules that run on it (the lists are read-only).
 */
export const siteContainers: (site: PodSite, minor: number) => SiteContainers = memoizeOnSite(deriveContainers);

/**
 * Field path of an entry of one of a container's lists, or of a field of that entry:
 * `itemPath(c, 'ports', 1, 'name')` is `spec.containers[0].ports[1].name`. Rules build it
 * when they report, not for every entry they read.
 */
export function itemPath(container: PodContainer, list: string, index: number, field?: string): string {
  const entry = `${child(container.path, list)}[${index}]`;
  return field === undefined ? entry : child(entry, field);
}

/** A short description of a container for messages: `container "web"` or `init container "setup"`. */
export function describeContainer(container: PodContainer): string {
  const what = container.kind === 'containers' ? 'container' : container.kind === 'initContainers' ? 'init container' : 'ephemeral container';
  return container.name === undefined ? `${what} #${container.index}` : `${what} "${container.name}"`;
}
