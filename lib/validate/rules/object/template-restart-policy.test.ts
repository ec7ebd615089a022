import { describe, expect, it } from 'vitest';
import { templateRestartPolicy } from './template-restart-policy';
import { type Expected, cronJob, daemonSet, deployment, expected, job, replicationController, run, statefulSet } from './testkit';

const restart = (policy: string | undefined) => ({ spec: { template: { spec: { restartPolicy: policy } } } });

describe('template/restart-policy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['deployment default', deployment(), []],
    ['deployment Always', deployment(restart('Always')), []],
    ['deployment OnFailure', deployment(restart('OnFailure')), [['spec.template.spec.restartPolicy']]],
    ['statefulset Never', statefulSet(restart('Never')), [['spec.template.spec.restartPolicy']]],
    ['daemonset Never', daemonSet(restart('Never')), [['spec.template.spec.restartPolicy']]],
    ['replication controller OnFailure', replicationController(restart('OnFailure')), [['spec.template.spec.restartPolicy']]],
    ['unknown policy is left to the pod rules', deployment(restart('Sometimes')), []],
    ['job Never', job(), []],
    ['job OnFailure', job(restart('OnFailure')), []],
    ['job without restartPolicy', job(restart(undefined)), [['spec.template.spec.restartPolicy']]],
    ['job Always', job(restart('Always')), [['spec.template.spec.restartPolicy']]],
    ['cron job OnFailure', cronJob(), []],
    ['cron job Always', cronJob({ spec: { jobTemplate: { spec: { template: { spec: { restartPolicy: 'Always' } } } } } }), [['spec.jobTemplate.spec.template.spec.restartPolicy']]],
    ['job without template', { kind: 'Job', spec: {} }, []],
  ])('%s', (_name, object, list) => expect(run(templateRestartPolicy, object)).toEqual(expected(list)));
});
