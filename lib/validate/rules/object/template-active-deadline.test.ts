import { describe, expect, it } from 'vitest';
import { templateActiveDeadline } from './template-active-deadline';
import { type Expected, daemonSet, deployment, expected, replicaSet, run } from './testkit';

const deadline = (value: unknown) => ({ spec: { template: { spec: { activeDeadlineSeconds: value } } } });

describe('template/active-deadline-seconds', () => {
  it.each<[string, unknown, Expected[]]>([
    ['not set', deployment(), []],
    ['null is not set', deployment(deadline(null)), []],
    ['deployment', deployment(deadline(30)), [['spec.template.spec.activeDeadlineSeconds']]],
    ['replica set', replicaSet(deadline(30)), [['spec.template.spec.activeDeadlineSeconds']]],
    ['daemon set', daemonSet(deadline(30)), [['spec.template.spec.activeDeadlineSeconds']]],
  ])('%s', (_name, object, list) => expect(run(templateActiveDeadline, object)).toEqual(expected(list)));
});
