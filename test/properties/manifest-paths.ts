/**
 * Places inside a Kubernetes object, as steps (`'spec'`, `0`, `{ key: 'app' }`), rendered in
 * the validator's field path notation: `spec.containers[0].name`, `metadata.labels[app]`.
 */

/** One step: a field name, a list index, or a map key. */
export type Step = string | number | { readonly key: string };

type Json = Record<string, unknown>;

/** The field path of `steps`: fields after dots, indices and map keys in brackets. */
export function renderPath(steps: readonly Step[]): string {
  let path = '';
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`;
    else if (typeof step === 'string') path += path === '' ? step : `.${step}`;
    else path += `[${step.key}]`;
  }
  return path;
}

/** The value at `steps`, or undefined. */
export function valueAt(root: unknown, steps: readonly Step[]): unknown {
  let value = root;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Json)[typeof step === 'object' ? step.key : (step as string)];
  }
  return value;
}

/** The object at `steps`, created (as `{}`) where missing. */
export function objectAt(root: Json, steps: readonly Step[]): Json {
  let value: Json = root;
  for (const step of steps) {
    const name = typeof step === 'object' ? step.key : (step as string);
    if (value[name] === undefined || value[name] === null || typeof value[name] !== 'object') value[name] = {};
    value = value[name] as Json;
  }
  return value;
}

/** Where the pod spec of a pod-bearing object sits. */
export function podSpecSteps(object: Json): Step[] {
  if (object.kind === 'Pod') return ['spec'];
  if (object.kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return ['spec', 'template', 'spec'];
}

/** A container of the object's pod spec: its list (`containers`, `initContainers`) and steps. */
export interface ContainerPlace {
  /** `containers` or `initContainers`. */
  readonly list: 'containers' | 'initContainers';
  /** Steps to the container. */
  readonly steps: readonly Step[];
  /** The container itself. */
  readonly container: Json;
}

/** Every container and init container of the object's pod spec, in order. */
export function containerPlaces(object: Json): ContainerPlace[] {
  const spec = podSpecSteps(object);
  const places: ContainerPlace[] = [];
  for (const list of ['containers', 'initContainers'] as const) {
    const containers = valueAt(object, [...spec, list]);
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => places.push({ list, steps: [...spec, list, index], container: container as Json }));
  }
  return places;
}
