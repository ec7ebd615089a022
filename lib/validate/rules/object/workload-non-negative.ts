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

function checkField(object: KubeObject, path: string, ctx: RuleContext): void {
  const keys = path.split('.');
  const value = getInt(getPath(object, keys.slice(0, -1)), keys[keys.length - 1]);
  if (value !== undefined && value < 0) {
    ctx.report({ fieldPath: path, message: `${keys[keys.length - 1]} must be greater than or equal to 0 (got ${value})`, hint: 'use 0 or a positive number' });
  }
}

// Follows ValidateNonnegativeField as called by apps ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec,
// ValidateDaemonSetSpec, core ValidateReplicationControllerSpec, batch validateJobSpec and validateCronJobSpec.
export const workloadNonNegative: ObjectRule = {
  id: 'workload/non-negative',
  kinds: [...Object.keys(FIELDS), 'Job'],
  check(object, ctx) {
    const kind = kindOf(object);
    for (const path of FIELDS[kind] ?? []) checkField(object, path, ctx);
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
