import { describe, expect, it } from 'vitest';
import { metadataFinalizers } from './metadata-finalizers';
import { type Expected, expected, run } from './testkit';

const withFinalizers = (...finalizers: unknown[]) => ({ metadata: { finalizers } });

describe('metadata/finalizers', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', {}, []],
    ['standard finalizers', withFinalizers('kubernetes', 'orphan'), []],
    ['qualified finalizer', withFinalizers('example.com/cleanup'), []],
    ['unqualified custom finalizer', withFinalizers('cleanup'), [['metadata.finalizers[0]']]],
    ['invalid finalizer', withFinalizers('example.com/bad name'), [['metadata.finalizers[0]']]],
    ['orphan with foregroundDeletion', withFinalizers('orphan', 'foregroundDeletion'), [['metadata.finalizers']]],
    ['non-string left to the schema', withFinalizers(5), []],
  ])('%s', (_name, object, list) => expect(run(metadataFinalizers, object)).toEqual(expected(list)));
});
