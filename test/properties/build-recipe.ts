import { App, Chart, Cpu, DaemonSet, Deployment, Env, Job, Memory, Pod, Probe, StatefulSet, Volume, type ContainerProps, type PodProps, type ProbeLike } from '../../lib';
import type * as k8s from '../../lib/k8s/types.generated';
import { Sidecar } from '../../patterns';
import type { AmountRecipe, ContainerRecipe, EnvRecipe, PodRecipe, ProbeRecipe, VolumeRecipe } from './pod-recipe';

/** The chart every recipe is built in (its construct path is `props`). */
export const RECIPE_CHART = 'props';

function amountOf(recipe: AmountRecipe): Cpu | Memory | string | number {
  if ('cpuMillis' in recipe) return Cpu.millis(recipe.cpuMillis);
  if ('cpuCores' in recipe) return Cpu.cores(recipe.cpuCores);
  if ('mebibytes' in recipe) return Memory.mebibytes(recipe.mebibytes);
  if ('gibibytes' in recipe) return Memory.gibibytes(recipe.gibibytes);
  return recipe.raw;
}

function probeOf(recipe: ProbeRecipe): ProbeLike {
  if ('httpGet' in recipe) return Probe.httpGet(recipe.httpGet.port, { path: recipe.httpGet.path, ...recipe.httpGet.timing });
  if ('tcpSocket' in recipe) return Probe.tcpSocket(recipe.tcpSocket.port, recipe.tcpSocket.timing);
  if ('exec' in recipe) return Probe.exec(recipe.exec.command, recipe.exec.timing);
  if ('grpc' in recipe) return Probe.grpc(recipe.grpc.port, recipe.grpc.timing);
  return recipe.raw as k8s.Probe;
}

function envOf(recipe: EnvRecipe): k8s.EnvVar {
  if ('value' in recipe) return Env.value(...recipe.value);
  if ('secret' in recipe) return Env.fromSecretKey(...recipe.secret);
  if ('field' in recipe) return Env.fromField(...recipe.field);
  return Env.fromConfigMapKey(...recipe.configMap);
}

function volumeOf(recipe: VolumeRecipe): k8s.Volume {
  if ('emptyDir' in recipe) {
    const { name, sizeLimitMi } = recipe.emptyDir;
    return Volume.emptyDir(name, sizeLimitMi === undefined ? {} : { sizeLimit: Memory.mebibytes(sizeLimitMi) });
  }
  if ('configMap' in recipe) return Volume.configMap(recipe.configMap.name, recipe.configMap.configMapName);
  return Volume.secret(recipe.secret.name, recipe.secret.secretName);
}

function listOf(list: Record<string, AmountRecipe> | undefined): Record<string, Cpu | Memory | string | number> | undefined {
  if (list === undefined) return undefined;
  return Object.fromEntries(Object.entries(list).map(([name, amount]) => [name, amountOf(amount)]));
}

function containerOf(recipe: ContainerRecipe): ContainerProps {
  const { livenessProbe, readinessProbe, startupProbe, resources, env, image, ...rest } = recipe;
  return {
    ...rest,
    image: image as string,
    ...(livenessProbe ? { livenessProbe: probeOf(livenessProbe) } : {}),
    ...(readinessProbe ? { readinessProbe: probeOf(readinessProbe) } : {}),
    ...(startupProbe ? { startupProbe: probeOf(startupProbe) } : {}),
    ...(resources ? { resources: { requests: listOf(resources.requests), limits: listOf(resources.limits) } } : {}),
    ...(env ? { env: env.map(envOf) } : {}),
  } as ContainerProps;
}

/** The pod props of a recipe: every value object built through its public factory. */
export function podPropsOf(recipe: PodRecipe): PodProps {
  return {
    metadata: { ...(recipe.labels ? { labels: recipe.labels } : {}), ...(recipe.annotations ? { annotations: recipe.annotations } : {}) },
    ...(recipe.nodeSelector ? { nodeSelector: recipe.nodeSelector } : {}),
    ...(recipe.restartPolicy ? { restartPolicy: recipe.restartPolicy } : {}),
    ...(recipe.securityProfile ? { securityProfile: recipe.securityProfile } : {}),
    ...(recipe.securityContext ? { securityContext: recipe.securityContext } : {}),
    containers: recipe.containers.map(containerOf),
    ...(recipe.initContainers.length > 0 ? { initContainers: recipe.initContainers.map(containerOf) } : {}),
    ...(recipe.volumes.length > 0 ? { volumes: recipe.volumes.map(volumeOf) } : {}),
  };
}

/**
 * Builds a recipe through the public API: a podsmith App of the recipe's Kubernetes version,
 * one chart, the host, and its Sidecar. Throws what the constructs throw.
 */
export function buildRecipe(recipe: PodRecipe): App {
  const app = new App({ kubernetesVersion: recipe.kubernetesVersion });
  const chart = new Chart(app, RECIPE_CHART, { disableResourceNameHashes: true });
  const template = podPropsOf(recipe);
  const host =
    recipe.host === 'Pod'
      ? new Pod(chart, recipe.id, template)
      : recipe.host === 'Deployment'
        ? new Deployment(chart, recipe.id, { template })
        : recipe.host === 'Job'
          ? new Job(chart, recipe.id, { template })
          : recipe.host === 'StatefulSet'
            ? new StatefulSet(chart, recipe.id, { serviceName: recipe.id, template })
            : new DaemonSet(chart, recipe.id, { template });
  if (recipe.sidecar) {
    const { id, ...props } = recipe.sidecar;
    new Sidecar(host, id, props);
  }
  return app;
}
