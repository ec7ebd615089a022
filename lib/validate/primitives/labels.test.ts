import { describe, expect, it } from 'vitest';
import { CollectingContext } from './collecting-context';
import { ANNOTATIONS_MAX_BYTES, checkAnnotations, checkLabels } from './labels';

describe('checkLabels', () => {
  it.each<[string, unknown, string[]]>([
    ['absent', undefined, []],
    ['not a map', 'x', []],
    ['empty', {}, []],
    ['valid', { app: 'web', 'app.kubernetes.io/name': 'web', empty: '' }, []],
    ['bad key', { 'bad key': 'x' }, ['metadata.labels[bad key]']],
    ['prefix not a subdomain', { 'Example.com/app': 'x' }, ['metadata.labels[Example.com/app]']],
    ['bad value', { app: 'web server' }, ['metadata.labels[app]']],
    ['value too long', { app: 'a'.repeat(64) }, ['metadata.labels[app]']],
    ['value not a string is left to the schema', { app: 1 }, []],
    ['bad key and value', { '-a': '-b' }, ['metadata.labels[-a]', 'metadata.labels[-a]']],
  ])('%s', (_name, labels, paths) => {
    const ctx = new CollectingContext();
    expect(checkLabels(labels, 'metadata.labels', ctx)).toBe(paths.length === 0);
    expect(ctx.paths()).toEqual(paths);
  });
});

describe('checkAnnotations', () => {
  it.each<[string, unknown, string[]]>([
    ['absent', undefined, []],
    ['valid, any value', { description: 'any text: with spaces!', 'example.com/owner': 'me' }, []],
    ['keys are compared in lower case', { 'Example.com/Owner': 'x' }, []],
    ['bad key', { 'a b': 'x' }, ['metadata.annotations[a b]']],
    ['too large in total', { a: 'x'.repeat(ANNOTATIONS_MAX_BYTES) }, ['metadata.annotations']],
    ['exactly at the limit', { a: 'x'.repeat(ANNOTATIONS_MAX_BYTES - 1) }, []],
  ])('%s', (_name, annotations, paths) => {
    const ctx = new CollectingContext();
    checkAnnotations(annotations, 'metadata.annotations', ctx);
    expect(ctx.paths()).toEqual(paths);
  });
});
