import type { PodRule } from '../../rule';
import { affinity } from './affinity';
import { containerImage } from './container-image';
import { containerName } from './container-name';
import { containerPolicies } from './container-policies';
import { containerPortOverlap } from './container-port-overlap';
import { containersRequired } from './containers-required';
import { env } from './env';
import { ephemeralContainers } from './ephemeral-containers';
import { hostPorts } from './host-ports';
import { lifecycle } from './lifecycle';
import { nodeSelector } from './node-selector';
import { osFields } from './os-fields';
import { podAnnotations } from './pod-annotations';
import { podDns } from './pod-dns';
import { podFields } from './pod-fields';
import { podLevelResources } from './pod-level-resources';
import { podOverhead } from './pod-overhead';
import { podResourceClaims } from './pod-resource-claims';
import { portValues } from './port-values';
import { probes } from './probes';
import { profileAnnotations } from './profile-annotations';
import { resizePolicy } from './resize-policy';
import { resources } from './resources';
import { restartPolicy } from './restart-policy';
import { securityContext } from './security-context';
import { tolerations } from './tolerations';
import { topologySpread } from './topology-spread';
import { volumeMounts } from './volume-mounts';
import { volumes } from './volumes';
import { windowsOptions } from './windows-options';

/**
 * Every semantic rule on pod specs, in a fixed order (the order of their findings). The
 * engine runs each of them on every pod spec: a Pod's `spec` and each workload's template.
 * The README beside this file lists what each rule checks.
 */
export const POD_RULES: PodRule[] = [
  containersRequired,
  containerName,
  containerImage,
  containerPolicies,
  ephemeralContainers,
  restartPolicy,
  portValues,
  hostPorts,
  containerPortOverlap,
  probes,
  lifecycle,
  resources,
  podResourceClaims,
  podOverhead,
  podLevelResources,
  resizePolicy,
  env,
  volumes,
  volumeMounts,
  nodeSelector,
  affinity,
  tolerations,
  topologySpread,
  podDns,
  podFields,
  podAnnotations,
  securityContext,
  profileAnnotations,
  windowsOptions,
  osFields,
];
