import { describe, expect, it } from 'vitest';
import { metadataLabels } from './metadata-labels';
import { type Expected, expected, run } from './testkit';

describe('metadata/labels', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no metadata', {}, []],
    ['no labels', { metadata: {} }, []],
    ['valid labels', { metadata: { labels: { app: 'web', 'app.kubernetes.io/version': '1.2.3', empty: '' } } }, []],
    ['key with a space', { metadata: { labels: { 'my app': 'web' } } }, [['metadata.labels[my app]']]],
    ['key with two slashes', { metadata: { labels: { 'a/b/c': 'x' } } }, [['metadata.labels[a/b/c]']]],
    ['value with a slash', { metadata: { labels: { app: 'a/b' } } }, [['metadata.labels[app]']]],
    ['value of 64 characters', { metadata: { labels: { app: 'x'.repeat(64) } } }, [['metadata.labels[app]']]],
    ['two bad labels', { metadata: { labels: { a: '-x', b: 'y-' } } }, [['metadata.labels[a]'], ['metadata.labels[b]']]],
  ])('%s', (_name, object, list) => expect(run(metadataLabels, object)).toEqual(expected(list)));
});
