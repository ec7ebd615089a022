import type { ContainerRecipe, PodRecipe, VolumeRecipe } from './pod-recipe';

function volumeName(volume: VolumeRecipe): string {
  if ('emptyDir' in volume) return volume.emptyDir.name;
  if ('configMap' in volume) return volume.configMap.name;
  return volume.secret.name;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Makes the cross references of a recipe of valid values consistent, as a careful user
 * would: container names unique in the pod, volume names unique, mounts only of declared
 * volumes and at distinct paths, a container port used once in the pod and a port name once
 * per container, a restart policy the kind allows, labels on a workload's template (its
 * selector is made from them), a Sidecar that is neither named like a container nor native
 * before Kubernetes 1.29.
 */
export function normalizeRecipe(recipe: PodRecipe): PodRecipe {
  const volumes = uniqueBy(recipe.volumes, volumeName);
  const names = volumes.map(volumeName);
  const usedNames = new Set<string>();
  const usedPorts = new Set<number>();
  const fixContainer = (container: ContainerRecipe): ContainerRecipe => {
    let name = container.name;
    for (let i = 2; usedNames.has(name); i++) name = `${container.name}-${i}`;
    usedNames.add(name);
    const ports = uniqueBy(container.ports ?? [], (p) => String(p.containerPort))
      .filter((p) => !usedPorts.has(p.containerPort))
      .map((p, i, all) => (p.name !== undefined && all.findIndex((q) => q.name === p.name) !== i ? { containerPort: p.containerPort, protocol: p.protocol } : p));
    ports.forEach((p) => usedPorts.add(p.containerPort));
    const mounts = names.length === 0 ? [] : uniqueBy((container.volumeMounts ?? []).map((m, i) => ({ ...m, name: names.includes(m.name) ? m.name : names[i % names.length] })), (m) => m.mountPath);
    const { ports: _ports, volumeMounts: _mounts, ...rest } = container;
    return { ...rest, name, ...(ports.length > 0 ? { ports } : {}), ...(mounts.length > 0 ? { volumeMounts: mounts } : {}) };
  };
  const containers = recipe.containers.map(fixContainer);
  const initContainers = recipe.initContainers.map(fixContainer);
  const restartPolicy =
    recipe.host === 'Job' ? (recipe.restartPolicy === 'OnFailure' ? 'OnFailure' : 'Never') : recipe.host === 'Pod' ? recipe.restartPolicy : recipe.restartPolicy && 'Always';
  const labels = recipe.host !== 'Pod' && Object.keys(recipe.labels ?? {}).length === 0 ? { app: 'web' } : recipe.labels;
  let sidecar = recipe.sidecar;
  if (sidecar) {
    let id = sidecar.id;
    for (let i = 2; usedNames.has(id); i++) id = `${sidecar.id}-${i}`;
    const native = recipe.kubernetesVersion === '1.28' ? undefined : sidecar.native;
    sidecar = { ...sidecar, id, native };
  }
  return { ...recipe, labels, restartPolicy, containers, initContainers, volumes, sidecar };
}
