/**
 * What one wants to know about a pod before deploying it, read from a pod spec (a Pod's, or
 * a workload's pod template) without trusting it: containers in start order with their
 * images, ports, probes, resources and mounts, and the volumes with who mounts them. Values
 * of the wrong type are skipped, never thrown on.
 */
import { get, getArray, getObject, getString, isObject, stringEntries, type JsonObject } from '../validate/primitives/access';

/** How a container takes part in the pod's start. */
export type ContainerPhase = 'init' | 'sidecar' | 'main';

/** A port a container declares. */
export interface PortFact {
  /** The port number (or what was written, when it is not a number). */
  readonly containerPort: string;
  /** `TCP` unless set. */
  readonly protocol: string;
  /** The port's name, if any. */
  readonly name?: string;
  /** The node port it is bound to, if any. */
  readonly hostPort?: string;
}

/** A volume mount of a container. */
export interface MountFact {
  /** The volume's name. */
  readonly volume: string;
  /** Where it is mounted. */
  readonly mountPath: string;
  /** Whether it is read-only. */
  readonly readOnly: boolean;
  /** The sub-path mounted, if any. */
  readonly subPath?: string;
}

/** One container of a pod. */
export interface ContainerFact {
  /** Its name. */
  readonly name: string;
  /** Init container, native sidecar (an init container with `restartPolicy: Always`), or main container. */
  readonly phase: ContainerPhase;
  /** Its step in the start order, from 1 (main containers share the last step). */
  readonly step: number;
  /** Its image, if set. */
  readonly image?: string;
  /** Its command, as written. */
  readonly command: readonly string[];
  /** Its arguments, as written. */
  readonly args: readonly string[];
  /** Its ports. */
  readonly ports: readonly PortFact[];
  /** Its probes by kind (`liveness`, `readiness`, `startup`), as written. */
  readonly probes: ReadonlyMap<string, JsonObject>;
  /** Requests and limits, each resource as written. */
  readonly resources: { readonly requests: readonly (readonly [string, string])[]; readonly limits: readonly (readonly [string, string])[] };
  /** Its volume mounts. */
  readonly mounts: readonly MountFact[];
  /** Its environment: name and literal value (undefined when read from elsewhere). */
  readonly env: readonly { readonly name: string; readonly value?: string; readonly from?: string }[];
}

/** A volume of a pod and who mounts it. */
export interface VolumeFact {
  /** Its name. */
  readonly name: string;
  /** Its source kind, e.g. `emptyDir`, `configMap`; `unknown` when none is set. */
  readonly type: string;
  /** The source's settings, as written. */
  readonly source: JsonObject;
  /** The containers that mount it, in start order. */
  readonly mountedBy: readonly { readonly container: string; readonly mountPath: string; readonly readOnly: boolean }[];
}

/** A pod, as {@link readPodFacts} reads it. */
export interface PodFacts {
  /** Containers in start order: init containers and native sidecars in their order, then the main containers. */
  readonly containers: readonly ContainerFact[];
  /** Volumes in their order, and volumes that are mounted but not declared (type `undeclared`). */
  readonly volumes: readonly VolumeFact[];
  /** The pod's labels. */
  readonly labels: readonly (readonly [string, string])[];
  /** The pod's annotations. */
  readonly annotations: readonly (readonly [string, string])[];
  /** The pod spec's other settings worth knowing: restartPolicy, nodeSelector, serviceAccountName... */
  readonly settings: readonly (readonly [string, string])[];
}

const PROBE_KINDS: readonly (readonly [string, string])[] = [
  ['startup', 'startupProbe'],
  ['liveness', 'livenessProbe'],
  ['readiness', 'readinessProbe'],
];

/** A scalar as text (numbers and booleans as JSON writes them); undefined for objects, lists and null. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => scalarText(item) ?? JSON.stringify(item) ?? '') : [];
}

function readPorts(container: JsonObject): PortFact[] {
  return (getArray(container, 'ports') ?? []).filter(isObject).map((port) => ({
    containerPort: scalarText(get(port, 'containerPort')) ?? '?',
    protocol: getString(port, 'protocol') ?? 'TCP',
    ...(getString(port, 'name') ? { name: getString(port, 'name') } : {}),
    ...(scalarText(get(port, 'hostPort')) ? { hostPort: scalarText(get(port, 'hostPort')) } : {}),
  }));
}

function readMounts(container: JsonObject): MountFact[] {
  return (getArray(container, 'volumeMounts') ?? []).filter(isObject).flatMap((mount) => {
    const volume = getString(mount, 'name');
    const mountPath = getString(mount, 'mountPath');
    if (volume === undefined || mountPath === undefined) return [];
    const subPath = getString(mount, 'subPath') ?? getString(mount, 'subPathExpr');
    return [{ volume, mountPath, readOnly: get(mount, 'readOnly') === true, ...(subPath ? { subPath } : {}) }];
  });
}

function readEnv(container: JsonObject): ContainerFact['env'] {
  return (getArray(container, 'env') ?? []).filter(isObject).flatMap((entry) => {
    const name = getString(entry, 'name');
    if (name === undefined) return [];
    const valueFrom = getObject(entry, 'valueFrom');
    const from = valueFrom ? Object.keys(valueFrom).find((key) => isObject(valueFrom[key])) : undefined;
    return [{ name, ...(scalarText(get(entry, 'value')) !== undefined ? { value: scalarText(get(entry, 'value')) } : {}), ...(from ? { from } : {}) }];
  });
}

function readList(resources: JsonObject | undefined, key: string): (readonly [string, string])[] {
  const list = getObject(resources, key);
  return list ? Object.keys(list).flatMap((name) => (scalarText(list[name]) !== undefined ? [[name, scalarText(list[name])!] as const] : [])) : [];
}

function readContainer(container: JsonObject, phase: ContainerPhase, step: number): ContainerFact {
  const probes = new Map<string, JsonObject>();
  for (const [kind, field] of PROBE_KINDS) {
    const probe = getObject(container, field);
    if (probe) probes.set(kind, probe);
  }
  const resources = getObject(container, 'resources');
  return {
    name: getString(container, 'name') ?? '(unnamed)',
    phase,
    step,
    ...(getString(container, 'image') !== undefined ? { image: getString(container, 'image') } : {}),
    command: strings(get(container, 'command')),
    args: strings(get(container, 'args')),
    ports: readPorts(container),
    probes,
    resources: { requests: readList(resources, 'requests'), limits: readList(resources, 'limits') },
    mounts: readMounts(container),
    env: readEnv(container),
  };
}

/** The source kind of a volume: its one field besides `name`. */
function volumeSource(volume: JsonObject): { type: string; source: JsonObject } {
  const key = Object.keys(volume).find((k) => k !== 'name' && volume[k] !== null && volume[k] !== undefined);
  if (key === undefined) return { type: 'unknown', source: {} };
  const source = volume[key];
  return { type: key, source: isObject(source) ? source : {} };
}

const SETTINGS: readonly string[] = ['restartPolicy', 'serviceAccountName', 'nodeName', 'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'priorityClassName', 'runtimeClassName', 'terminationGracePeriodSeconds', 'activeDeadlineSeconds'];

/**
 * Reads a pod spec and the metadata of its pods.
 * @param spec the pod spec (anything: what is not as expected is skipped)
 * @param metadata the pods' metadata (a Pod's own, or the template's)
 */
export function readPodFacts(spec: unknown, metadata: unknown): PodFacts {
  const containers: ContainerFact[] = [];
  const init = (getArray(spec, 'initContainers') ?? []).filter(isObject);
  init.forEach((container, index) => containers.push(readContainer(container, get(container, 'restartPolicy') === 'Always' ? 'sidecar' : 'init', index + 1)));
  for (const container of (getArray(spec, 'containers') ?? []).filter(isObject)) containers.push(readContainer(container, 'main', init.length + 1));

  const volumes: VolumeFact[] = [];
  const mountsOf = (name: string) => containers.flatMap((c) => c.mounts.filter((m) => m.volume === name).map((m) => ({ container: c.name, mountPath: m.mountPath, readOnly: m.readOnly })));
  const declared = new Set<string>();
  for (const volume of (getArray(spec, 'volumes') ?? []).filter(isObject)) {
    const name = getString(volume, 'name');
    if (name === undefined || declared.has(name)) continue;
    declared.add(name);
    volumes.push({ name, ...volumeSource(volume), mountedBy: mountsOf(name) });
  }
  for (const container of containers) {
    for (const mount of container.mounts) {
      if (declared.has(mount.volume)) continue;
      declared.add(mount.volume);
      volumes.push({ name: mount.volume, type: 'undeclared', source: {}, mountedBy: mountsOf(mount.volume) });
    }
  }

  const settings: (readonly [string, string])[] = [];
  for (const key of SETTINGS) {
    const value = scalarText(get(spec, key));
    if (value !== undefined) settings.push([key, value]);
  }
  const nodeSelector = stringEntries(get(spec, 'nodeSelector'));
  if (nodeSelector.length > 0) settings.push(['nodeSelector', nodeSelector.map(([k, v]) => `${k}=${v}`).join(',')]);
  return {
    containers,
    volumes,
    labels: stringEntries(get(metadata, 'labels')),
    annotations: stringEntries(get(metadata, 'annotations')),
    settings,
  };
}
