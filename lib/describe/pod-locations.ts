/**
 * Where a manifest holds pods: a Pod's own spec, the pod template of a workload, the job
 * template's pod template of a CronJob, a PodTemplate's template.
 */
import { getObject, type JsonObject } from '../validate/primitives/access';

/** The path from the object to what holds the pod's `metadata` and `spec`, per `apiVersion/kind`. */
const HOLDERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['v1/Pod', []],
  ['v1/PodTemplate', ['template']],
  ['v1/ReplicationController', ['spec', 'template']],
  ['apps/v1/Deployment', ['spec', 'template']],
  ['apps/v1/ReplicaSet', ['spec', 'template']],
  ['apps/v1/StatefulSet', ['spec', 'template']],
  ['apps/v1/DaemonSet', ['spec', 'template']],
  ['batch/v1/Job', ['spec', 'template']],
  ['batch/v1/CronJob', ['spec', 'jobTemplate', 'spec', 'template']],
]);

/** A pod inside an object: its metadata and spec, and whether it is a template. */
export interface PodLocation {
  /** The pods' metadata (the Pod's own, or the template's). */
  readonly metadata: unknown;
  /** The pod spec. */
  readonly spec: unknown;
  /** Whether it is a pod template of another kind. */
  readonly isTemplate: boolean;
}

/** The pod an object holds, if its kind holds one and the object has it. */
export function locatePod(object: JsonObject, apiVersion: string, kind: string): PodLocation | undefined {
  const path = HOLDERS.get(`${apiVersion}/${kind}`);
  if (path === undefined) return undefined;
  let holder: JsonObject | undefined = object;
  for (const key of path) {
    holder = getObject(holder, key);
    if (holder === undefined) return undefined;
  }
  return { metadata: holder.metadata, spec: holder.spec, isTemplate: path.length > 0 };
}
