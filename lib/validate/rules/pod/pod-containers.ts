import { asRecord, child, index, type JsonRecord, recordsAt, stringAt } from './access';

/** The three lists of containers of a pod spec. */
export type ContainerKind = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of a pod spec, as the rules visit it. */
export interface PodContainer {
  /** Which list it is in. */
  readonly kind: ContainerKind;
  /** Position in its list. */
  readonly index: number;
  /** Field path of the container, e.g. `spec.initContainers[0]`. */
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

/** First Kubernetes minor version that accepts native sidecars by default. */
export const NATIVE_SIDECAR_MINOR = 29;

/** The pod spec as an object, or `undefined` when it is not one. */
export function specRecord(spec: unknown): JsonRecord | undefined {
  return asRecord(spec);
}

/** Every container of the given kinds, in API order: containers, then init, then ephemeral containers. */
export function podContainers(
  spec: JsonRecord | undefined,
  specPath: string,
  minor: number,
  kinds: readonly ContainerKind[] = ['containers', 'initContainers', 'ephemeralContainers'],
): PodContainer[] {
  const out: PodContainer[] = [];
  for (const kind of kinds) {
    const listPath = child(specPath, kind);
    for (const item of recordsAt(spec, kind)) {
      const sidecar = kind === 'initContainers' && minor >= NATIVE_SIDECAR_MINOR && stringAt(item.value, 'restartPolicy') === 'Always';
      out.push({
        kind,
        index: item.index,
        path: index(listPath, item.index),
        value: item.value,
        name: stringAt(item.value, 'name'),
        sidecar,
      });
    }
  }
  return out;
}

/** A short description of a container for messages: `container "web"` or `init container "setup"`. */
export function describeContainer(container: PodContainer): string {
  const what = container.kind === 'containers' ? 'container' : container.kind === 'initContainers' ? 'init container' : 'ephemeral container';
  return container.name === undefined ? `${what} #${container.index}` : `${what} "${container.name}"`;
}
