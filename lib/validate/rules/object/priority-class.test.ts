import { describe, expect, it } from 'vitest';
import { priorityClassSpec } from './priority-class';
import { type Expected, expected, run } from './testkit';

const priorityClass = (name: string, body: Record<string, unknown>) => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, ...body });

describe('priorityclass/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a user class', priorityClass('high', { value: 1000000, preemptionPolicy: 'Never' }), []],
    ['the highest user value', priorityClass('top', { value: 1000000000 }), []],
    ['above the highest user value', priorityClass('top', { value: 1000000001 }), [['value']]],
    ['a negative value', priorityClass('low', { value: -10 }), []],
    ['a reserved name', priorityClass('system-high', { value: 10 }), [['metadata.name']]],
    ['the built-in node-critical class', priorityClass('system-node-critical', { value: 2000001000 }), []],
    ['a built-in name with another value', priorityClass('system-cluster-critical', { value: 10 }), [['metadata.name']]],
    ['a bad preemption policy', priorityClass('high', { value: 1, preemptionPolicy: 'never' }), [['preemptionPolicy']]],
  ])('%s', (_name, object, list) => expect(run(priorityClassSpec, object)).toEqual(expected(list)));
});
