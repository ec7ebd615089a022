/**
 * `workload/non-negative`: replica counts, readiness delays, history limits, deadlines
 * and the counters of Jobs and CronJobs may not be negative.
 */
import { getInt, getPath } from '../../primitives/access';
import type { KubeObject, ObjectRule, RuleContext } from '../../rule';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec.replicas', 'spec.minReadySeconds', 'spec.revisionHistoryLimit', 'spec.progressDeadlineSeconds'],
  ReplicaSet: ['spec.replicas', 'spec.minReadySeconds'],
  StatefulSet: ['spec.replicas', 'spec.minReadySeconds', 'spec.ordinals.start', 'spec.updateStrategy.rollingUpdate.partition'],
  DaemonSet: ['spec.minReadySeconds', 'spec.revisionHistoryLimit'],
  ReplicationController: ['spec.replicas', 'spec.minReadySeconds'],
  CronJob: ['spec.startingDeadlineSeconds', 'spec.successfulJobsHistoryLimit', 'spec.failedJobsHistoryLimit'],
};

const JOB_FIELDS: readonly string[] = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes'];

interface FieldSpec {
  readonly path: string;
  readonly parent: readonly string[];
  readonly name: string;
}

const SPECS: ReadonlyMap<string, readonly FieldSpec[]> = new Map(
  Object.entries(FIELDS).map(([kind, paths]) => [
    kind,
    paths.map((path) => {
      const keys = path.split('.');
      return { path, parent: keys.slice(0, -1), name: keys[keys.length - 1] };
    }),
  ]),
);

function checkField(object: KubeObject, field: FieldSpec, ctx: RuleContext): void {
  const value = getInt(getPath(object, field.parent), field.name);
  if (value !== undefined && value < 0) {
    ctx.report({ fieldPath: field.path, message: `${field.name} must be greater than or equal to 0 (got ${value})`, hint: 'use 0 or a positive number' });
  }
}

/** Follows ValidateNonnegativeField as called by apps ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec, core ValidateReplicationControllerSpec, batch validateJobSpec and validateCronJobSpec. */
export const workloadNonNegative: ObjectRule = {
  id: 'workload/non-negative',
  kinds: [...Object.keys(FIELDS), 'Job'],
  check(object, ctx) {
    const kind = kindOf(object);
    const fields = SPECS.get(kind);
    if (fields !== undefined) for (const field of fields) checkField(object, field, ctx);
    const job = jobSpecOf(object, kind);
    if (job === undefined) return;
    for (const field of JOB_FIELDS) {
      const value = getInt(job.spec, field);
      if (value !== undefined && value < 0) {
        ctx.report({ fieldPath: `${job.path}.${field}`, message: `${field} must be greater than or equal to 0 (got ${value})`, hint: 'use 0 or a positive number' });
      }
    }
  },
};
