import type * as k8s from '../lib/k8s/types.generated';
import type { LocatedContainer } from './shared-volume';

/** The two lists of a pod spec a pattern's containers live in. */
export type ContainerList = 'containers' | 'initContainers';

/** The first container named `name` in one list of a rendered pod spec. */
export function locateContainer(spec: k8s.PodSpec, list: ContainerList, name: string): LocatedContainer | undefined {
  const index = (spec[list] ?? []).findIndex((c) => c.name === name);
  return index < 0 ? undefined : { path: `${list}[${index}]`, container: spec[list]![index] };
}

/** Every place a container name is used in a rendered pod spec, e.g. `['containers[0]', 'initContainers[1]']`. */
export function placesOfName(spec: k8s.PodSpec, name: string): string[] {
  const places: string[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    (spec[list] ?? []).forEach((c, index) => {
      if (c.name === name) places.push(`${list}[${index}]`);
    });
  }
  return places;
}

/** The main container a pattern names must be one of the pod's (main) containers. */
export function checkMainContainer(spec: k8s.PodSpec, name: string): string[] {
  if (locateContainer(spec, 'containers', name)) return [];
  const names = (spec.containers ?? []).map((c) => `"${c.name}"`).join(', ') || 'none';
  const init = locateContainer(spec, 'initContainers', name);
  if (init) {
    return [`mainContainer: "${name}" is an init container (${init.path}); a pattern's main container is one of the pod's containers (${names}): name one of them`];
  }
  return [`mainContainer: the pod has no container named "${name}" (containers: ${names}); name one of them, or leave mainContainer unset to use the first`];
}

/** An environment variable a pattern hands the main container. */
export interface HandedEnv {
  /** The variable. */
  readonly env: k8s.EnvVar;
  /** The pattern prop that names it, e.g. `addressEnv`. */
  readonly prop: string;
}

/** The main container must hold each variable handed by the pattern once: its own may not shadow it. */
export function checkHandedEnv(main: LocatedContainer, handed: HandedEnv): string[] {
  const { name, value } = handed.env;
  const places = (main.container.env ?? []).flatMap((e, index) => (e.name === name ? [`${main.path}.env[${index}]`] : []));
  if (places.length <= 1) return [];
  return [
    `${handed.prop}: the main container "${main.container.name}" sets ${name} ${places.length} times (${places.join(', ')}), and the pattern hands it "${value}"; ` +
      `remove the container's own ${name}, or have the pattern use another name with ${handed.prop}`,
  ];
}
