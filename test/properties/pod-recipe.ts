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
  readonly name: string;
  readonly image?: string;
  readonly command?: string[];
  readonly args?: string[];
  readonly ports?: { readonly containerPort: number; readonly name?: string; readonly protocol?: string }[];
  readonly livenessProbe?: ProbeRecipe;
  readonly readinessProbe?: ProbeRecipe;
  readonly startupProbe?: ProbeRecipe;
  readonly resources?: { readonly requests?: Record<string, AmountRecipe>; readonly limits?: Record<string, AmountRecipe> };
  readonly env?: EnvRecipe[];
  readonly volumeMounts?: { readonly name: string; readonly mountPath: string; readonly readOnly?: boolean }[];
  readonly securityContext?: Record<string, unknown>;
}

/** A helper attached with {@link Sidecar}. */
export interface SidecarRecipe {
  readonly id: string;
  readonly image: string;
  readonly native?: boolean;
  readonly shares?: { readonly volume: string; readonly mountPath: string };
}

/** The kinds a recipe builds. */
export type HostKind = 'Pod' | 'Deployment' | 'Job' | 'StatefulSet' | 'DaemonSet';

/** A whole random pod host. */
export interface PodRecipe {
  readonly host: HostKind;
  readonly id: string;
  readonly kubernetesVersion: string;
  readonly securityProfile?: 'restricted' | 'none';
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly nodeSelector?: Record<string, string>;
  readonly restartPolicy?: string;
  readonly securityContext?: Record<string, unknown>;
  readonly containers: ContainerRecipe[];
  readonly initContainers: ContainerRecipe[];
  readonly volumes: VolumeRecipe[];
  readonly sidecar?: SidecarRecipe;
}
