import { describe, expect, it } from 'vitest';
import { replicationControllerTemplate } from './replication-controller-template';
import { type Expected, expected, replicationController, run } from './testkit';

describe('replicationcontroller/template', () => {
  it.each<[string, unknown, Expected[]]>([
    ['with template', replicationController(), []],
    ['without template', replicationController({ spec: { template: undefined } }), [['spec.template']]],
    ['null template', replicationController({ spec: { template: null } }), [['spec.template']]],
    ['without spec', { kind: 'ReplicationController', metadata: { name: 'x' } }, [['spec.template']]],
  ])('%s', (_name, object, list) => expect(run(replicationControllerTemplate, object)).toEqual(expected(list)));
});
