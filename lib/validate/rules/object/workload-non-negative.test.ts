import { describe, expect, it } from 'vitest';
import { workloadNonNegative } from './workload-non-negative';
import { type Expected, cronJob, daemonSet, deployment, expected, job, replicaSet, replicationController, run, statefulSet } from './testkit';

describe('workload/non-negative', () => {
  it.each<[string, unknown, Expected[]]>([
    ['zeros are fine', deployment({ spec: { replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0 } }), []],
    ['negative replicas', deployment({ spec: { replicas: -1 } }), [['spec.replicas']]],
    ['negative deployment fields', deployment({ spec: { minReadySeconds: -1, revisionHistoryLimit: -2, progressDeadlineSeconds: -3 } }), [['spec.minReadySeconds'], ['spec.revisionHistoryLimit'], ['spec.progressDeadlineSeconds']]],
    ['replica set', replicaSet({ spec: { replicas: -1, minReadySeconds: -1 } }), [['spec.replicas'], ['spec.minReadySeconds']]],
    ['statefulset ordinals and partition', statefulSet({ spec: { ordinals: { start: -1 }, updateStrategy: { rollingUpdate: { partition: -1 } } } }), [['spec.ordinals.start'], ['spec.updateStrategy.rollingUpdate.partition']]],
    ['daemon set history', daemonSet({ spec: { revisionHistoryLimit: -1 } }), [['spec.revisionHistoryLimit']]],
    ['replication controller', replicationController({ spec: { replicas: -5 } }), [['spec.replicas']]],
    ['job counters', job({ spec: { parallelism: -1, completions: -1, backoffLimit: -1, activeDeadlineSeconds: -1, ttlSecondsAfterFinished: -1 } }), [['spec.parallelism'], ['spec.completions'], ['spec.activeDeadlineSeconds'], ['spec.backoffLimit'], ['spec.ttlSecondsAfterFinished']]],
    ['job activeDeadlineSeconds 0', job({ spec: { activeDeadlineSeconds: 0 } }), []],
    ['cron job limits', cronJob({ spec: { startingDeadlineSeconds: -1, successfulJobsHistoryLimit: -1, failedJobsHistoryLimit: -1 } }), [['spec.startingDeadlineSeconds'], ['spec.successfulJobsHistoryLimit'], ['spec.failedJobsHistoryLimit']]],
    ['cron job template counters', cronJob({ spec: { jobTemplate: { spec: { backoffLimit: -1 } } } }), [['spec.jobTemplate.spec.backoffLimit']]],
    ['strings are left to the schema', deployment({ spec: { replicas: '-1' } }), []],
  ])('%s', (_name, object, list) => expect(run(workloadNonNegative, object)).toEqual(expected(list)));
});
