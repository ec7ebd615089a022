import { describe, expect, it } from 'vitest';
import { CollectingContext } from './collecting-context';
import { checkLabelSelector, describeSelector, isEmptySelector, selectorMatches } from './label-selector';

describe('checkLabelSelector', () => {
  it.each<[string, unknown, string[]]>([
    ['absent', undefined, []],
    ['empty', {}, []],
    ['matchLabels', { matchLabels: { app: 'web' } }, []],
    ['bad matchLabels value', { matchLabels: { app: 'web server' } }, ['spec.selector.matchLabels[app]']],
    ['In with values', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] }, []],
    ['In without values', { matchExpressions: [{ key: 'tier', operator: 'In' }] }, ['spec.selector.matchExpressions[0].values']],
    ['NotIn with empty values', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: [] }] }, ['spec.selector.matchExpressions[0].values']],
    ['Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, []],
    ['Exists with values', { matchExpressions: [{ key: 'tier', operator: 'Exists', values: ['a'] }] }, ['spec.selector.matchExpressions[0].values']],
    ['DoesNotExist with values', { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist', values: ['a'] }] }, ['spec.selector.matchExpressions[0].values']],
    ['unknown operator', { matchExpressions: [{ key: 'tier', operator: 'Equals', values: ['a'] }] }, ['spec.selector.matchExpressions[0].operator']],
    ['lower-case operator', { matchExpressions: [{ key: 'tier', operator: 'in', values: ['a'] }] }, ['spec.selector.matchExpressions[0].operator']],
    ['bad key', { matchExpressions: [{ key: 'bad key', operator: 'Exists' }] }, ['spec.selector.matchExpressions[0].key']],
    ['bad value', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['ok', 'not ok'] }] }, ['spec.selector.matchExpressions[0].values[1]']],
  ])('%s', (_name, selector, paths) => {
    const ctx = new CollectingContext();
    expect(checkLabelSelector(selector, 'spec.selector', ctx)).toBe(paths.length === 0);
    expect(ctx.paths()).toEqual(paths);
  });
});

it('leaves a missing operator to the schema layer, but calls the selector invalid', () => {
  const ctx = new CollectingContext();
  expect(checkLabelSelector({ matchExpressions: [{ key: 'tier' }] }, 'spec.selector', ctx)).toBe(false);
  expect(ctx.findings).toEqual([]);
});

describe('selectorMatches', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each<[string, unknown, boolean]>([
    ['empty selector matches all', {}, true],
    ['equal label', { matchLabels: { app: 'web' } }, true],
    ['other value', { matchLabels: { app: 'db' } }, false],
    ['missing label', { matchLabels: { env: 'dev' } }, false],
    ['In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }] }, true],
    ['In, absent key', { matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] }, false],
    ['NotIn, absent key', { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] }, true],
    ['NotIn, listed value', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, false],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    ['all requirements', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, false],
  ])('%s', (_name, selector, expected) => expect(selectorMatches(selector, labels)).toBe(expected));
});

describe('isEmptySelector and describeSelector', () => {
  it('tells empty selectors', () => {
    expect(isEmptySelector({})).toBe(true);
    expect(isEmptySelector({ matchLabels: {}, matchExpressions: [] })).toBe(true);
    expect(isEmptySelector({ matchLabels: { a: 'b' } })).toBe(false);
  });
  it('writes kubectl syntax', () => {
    expect(
      describeSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'x', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),!x');
  });
});
