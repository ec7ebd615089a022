import { describe, expect, it } from 'vitest';
import { namespaceFinalizers } from './namespace-finalizers';
import { type Expected, expected, run } from './testkit';

const namespace = (...finalizers: unknown[]) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' }, spec: { finalizers } });

describe('namespace/finalizers', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no spec', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }, []],
    ['kubernetes', namespace('kubernetes'), []],
    ['a qualified finalizer', namespace('example.com/cleanup'), []],
    ['an unqualified custom finalizer', namespace('kubernetes', 'cleanup'), [['spec.finalizers[1]']]],
    ['an invalid name', namespace('example.com/a b'), [['spec.finalizers[0]']]],
    ['non-string left to the schema', namespace(5), []],
  ])('%s', (_name, object, list) => expect(run(namespaceFinalizers, object)).toEqual(expected(list)));
});
