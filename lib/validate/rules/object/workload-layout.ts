/**
 * Where the parts of a workload live: the pod template of each kind, and the job specs
 * of a Job (`spec`) and of a CronJob's job template (`spec.jobTemplate.spec`).
 */
import { getObject, getPath, type JsonObject } from '../../primitives/access';
import type { KubeObject } from '../../rule';

/** Kinds whose pods must restart always: their template's restartPolicy is Always. */
export const ALWAYS_RESTART_KINDS: readonly string[] = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'];

/** Kinds with a pod template and its path. */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Kinds that hold a pod template. */
export const TEMPLATE_KINDS: readonly string[] = Object.keys(TEMPLATE_PATHS);

const TEMPLATE_LAYOUTS: ReadonlyMap<string, { keys: readonly string[]; path: string }> = new Map(
  Object.entries(TEMPLATE_PATHS).map(([kind, keys]) => [kind, { keys, path: keys.join('.') }]),
);

/** The pod template of `object` of `kind` with its path, or `undefined` when absent. */
export function podTemplateOf(object: KubeObject, kind: string): { template: JsonObject; path: string } | undefined {
  const layout = TEMPLATE_LAYOUTS.get(kind);
  if (layout === undefined) return undefined;
  const template = getPath(object, layout.keys);
  if (typeof template !== 'object' || template === null || Array.isArray(template)) return undefined;
  return { template: template as JsonObject, path: layout.path };
}

/** A Job spec and where it is. */
export interface JobSpecSite {
  /** The job spec. */
  readonly spec: JsonObject;
  /** Its path: `spec` or `spec.jobTemplate.spec`. */
  readonly path: string;
  /** True inside a CronJob's job template. */
  readonly inCronJob: boolean;
}

/** The job spec of a Job or of a CronJob's job template, when present. */
export function jobSpecOf(object: KubeObject, kind: string): JobSpecSite | undefined {
  if (kind === 'Job') {
    const spec = getObject(object, 'spec');
    return spec === undefined ? undefined : { spec, path: 'spec', inCronJob: false };
  }
  if (kind === 'CronJob') {
    const spec = getObject(getObject(getObject(object, 'spec'), 'jobTemplate'), 'spec');
    return spec === undefined ? undefined : { spec, path: 'spec.jobTemplate.spec', inCronJob: true };
  }
  return undefined;
}
