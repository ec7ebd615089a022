/**
 * A random pod (or workload with a pattern) as plain data: what the builder calls through the
 * public API. Plain data so that fast-check prints a shrunk counterexample that can be read.
 */

/** An amount: a value object factory call, or a raw quantity. */
export type AmountRecipe = { readonly cpuMillis: number } | { readonly cpuCores: number } | { readonly mebibytes: number } | { readonly gibibytes: number } | { readonly raw: string | number };

/** A probe: a value object factory call, or a raw Kubernetes probe. */
export type ProbeRecipe =
  | { readonly httpGet: { readonly port: number | string; readonly path?: string; readonly timing: Timing } }
  | { readonly tcpSocket: { readonly port: number | string; readonly timing: Timing } }
  | { readonly exec: { readonly command: string[]; readonly timing: Timing } }
  | { readonly grpc: { readonly port: number; readonly timing: Timing } }
  | { readonly raw: Record<string, unknown> };

/** Probe timing, as given to a probe factory. */
export type Timing = Partial<Record<'initialDelaySeconds' | 'periodSeconds' | 'timeoutSeconds' | 'successThreshold' | 'failureThreshold', number>>;

/** An environment variable: a factory call. */
export type EnvRecipe =
  | { readonly value: readonly [string, string] }
  | { readonly secret: readonly [string, string, string] }
  | { readonly field: readonly [string, string] }
  | { readonly configMap: readonly [string, string, string] };

/** A volume: a factory call. */
export type VolumeRecipe =
  | { readonly emptyDir: { readonly name: string; readonly sizeLimitMi?: number } }
  | { readonly configMap: { readonly name: string; readonly configMapName: string } }
  | { readonly secret: { readonly name: string; readonly secretName: string } };

/** A container of the pod. */
export interface ContainerRecipe {
  /** Container name (the Kubernetes field). */
  readonly name: string;
  /** Image; left out sometimes in fault mode. */
  readonly image?: string;
  /** Command, YAML-tricky strings included. */
  readonly command?: string[];
  /** Arguments, YAML-tricky strings included. */
  readonly args?: string[];
  /** Ports, raw (`containerPort`, `name`, `protocol`). */
  readonly ports?: { readonly containerPort: number; readonly name?: string; readonly protocol?: string }[];
  /** Built with a Probe factory, or raw. */
  readonly livenessProbe?: ProbeRecipe;
  /** Built with a Probe factory, or raw. */
  readonly readinessProbe?: ProbeRecipe;
  /** Built with a Probe factory, or raw. */
  readonly startupProbe?: ProbeRecipe;
  /** Requests and limits, each amount built with a Cpu/Memory factory or raw. */
  readonly resources?: { readonly requests?: Record<string, AmountRecipe>; readonly limits?: Record<string, AmountRecipe> };
  /** Variables, each built with an Env factory. */
  readonly env?: EnvRecipe[];
  /** Mounts, raw. */
  readonly volumeMounts?: { readonly name: string; readonly mountPath: string; readonly readOnly?: boolean }[];
  /** The container's security context, raw. */
  readonly securityContext?: Record<string, unknown>;
}

/** A helper attached with {@link Sidecar}. */
export interface SidecarRecipe {
  /** Construct id (the helper container's name). */
  readonly id: string;
  /** Helper image. */
  readonly image: string;
  /** Native sidecar or not; the default depends on the version. */
  readonly native?: boolean;
  /** A volume shared with the main container. */
  readonly shares?: { readonly volume: string; readonly mountPath: string };
}

/** The kinds a recipe builds. */
export type HostKind = 'Pod' | 'Deployment' | 'Job' | 'StatefulSet' | 'DaemonSet';

/** A whole random pod host. */
export interface PodRecipe {
  /** The kind of construct built. */
  readonly host: HostKind;
  /** Its construct id (the object's name). */
  readonly id: string;
  /** The app's target version. */
  readonly kubernetesVersion: string;
  /** The pod's securityProfile prop. */
  readonly securityProfile?: 'restricted' | 'none';
  /** Pod (template) labels. */
  readonly labels?: Record<string, string>;
  /** Pod (template) annotations. */
  readonly annotations?: Record<string, string>;
  /** Node selector, raw. */
  readonly nodeSelector?: Record<string, string>;
  /** Restart policy. */
  readonly restartPolicy?: string;
  /** The pod's security context, raw. */
  readonly securityContext?: Record<string, unknown>;
  /** Main containers. */
  readonly containers: ContainerRecipe[];
  /** Init containers. */
  readonly initContainers: ContainerRecipe[];
  /** Volumes, each built with a Volume factory. */
  readonly volumes: VolumeRecipe[];
  /** A Sidecar attached to the host. */
  readonly sidecar?: SidecarRecipe;
}
