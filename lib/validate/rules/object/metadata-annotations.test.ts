import { describe, expect, it } from 'vitest';
import { metadataAnnotations } from './metadata-annotations';
import { type Expected, expected, run } from './testkit';

describe('metadata/annotations', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no metadata', {}, []],
    ['valid annotations', { metadata: { annotations: { 'kubernetes.io/change-cause': 'deploy v2: more replicas', Note: 'x' } } }, []],
    ['key with a space', { metadata: { annotations: { 'change cause': 'x' } } }, [['metadata.annotations[change cause]']]],
    ['too large', { metadata: { annotations: { a: 'x'.repeat(300 * 1024) } } }, [['metadata.annotations']]],
  ])('%s', (_name, object, list) => expect(run(metadataAnnotations, object)).toEqual(expected(list)));
});
