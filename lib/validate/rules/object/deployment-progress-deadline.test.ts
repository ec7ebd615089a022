import { describe, expect, it } from 'vitest';
import { deploymentProgressDeadline } from './deployment-progress-deadline';
import { type Expected, deployment, expected, run } from './testkit';

describe('deployment/progress-deadline', () => {
  it.each<[string, unknown, Expected[]]>([
    ['defaults', deployment(), []],
    ['deadline above minReady', deployment({ spec: { progressDeadlineSeconds: 60, minReadySeconds: 30 } }), []],
    ['deadline equal to minReady', deployment({ spec: { progressDeadlineSeconds: 30, minReadySeconds: 30 } }), [['spec.progressDeadlineSeconds']]],
    ['deadline below minReady', deployment({ spec: { progressDeadlineSeconds: 10, minReadySeconds: 30 } }), [['spec.progressDeadlineSeconds']]],
    ['minReady beyond the default deadline', deployment({ spec: { minReadySeconds: 600 } }), [['spec.minReadySeconds']]],
    ['minReady below the default deadline', deployment({ spec: { minReadySeconds: 599 } }), []],
    ['negative deadline is left to workload/non-negative', deployment({ spec: { progressDeadlineSeconds: -1 } }), []],
  ])('%s', (_name, object, list) => expect(run(deploymentProgressDeadline, object)).toEqual(expected(list)));
});
