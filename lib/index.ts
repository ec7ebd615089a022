/**
 * Podsmith: typed cdk8s constructs for Kubernetes Pods and the workloads that carry them,
 * validated the way the API server validates them before anything is written.
 *
 * @module podsmith
 */
export { App, YamlOutputType, type AppProps } from './app';
export { Chart, type ChartProps } from './chart';
export { checkContainerProps, renderContainer, type ContainerProps, type ProbeLike } from './container';
export { Env, EnvFrom, type KeyRefOptions } from './env';
export { PodsmithUsageError } from './errors';
export { Pod, type PodProps } from './pod';
export type { IPodHost, IPodMetadata } from './pod-host';
export { PodSpec, type PodSpecProps, type RenderedPodSpec, type SpecOrigin } from './pod-spec';
export { Probe, type GrpcProbeOptions, type HttpGetProbeOptions, type ProbeTiming, type TcpSocketProbeOptions } from './probe';
export {
  Cpu,
  Memory,
  compareQuantities,
  parseQuantity,
  quantityFromJson,
  type ParsedQuantity,
  type QuantityAdjustment,
  type QuantityFormat,
} from './quantity';
export {
  LabelSelector,
  SelectorSyntaxError,
  type LabelRequirement,
  type LabelSelectorInput,
  type LabelSelectorJson,
  type LabelSelectorOperator,
  type LabelSelectorRequirementJson,
  type Labels,
  type SelectorOperator,
} from './labels';
export { applyRestrictedProfile, SECURITY_PROFILES, type SecurityProfile } from './security';
export { renderResources, type ResourceAmount, type ResourceListProps, type ResourcesProps } from './resources';
export { DEFAULT_KUBERNETES_VERSION, settingsOf, type PodSecurityProfile, type PodsmithSettings, type ResolvedSettings } from './settings';
export { SynthError } from './synth/synth-error';
export * from './workloads';
export * from './static-pod';
export { Volume, type EmptyDirOptions, type HostPathOptions, type KeyProjectionOptions } from './volume';
/**
 * The generated TypeScript types of the Kubernetes API objects (Pod, PodTemplateSpec, the
 * workloads and everything they reference), for any field the constructs do not model.
 */
export * as k8s from './k8s/types.generated';
