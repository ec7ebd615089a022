import { describe, expect, it } from 'vitest';
import { checkLabelSelectorJson, requirementsFromJson, requirementsToJson } from './label-selector-json';

describe('checkLabelSelectorJson', () => {
  it.each([{}, { matchLabels: {} }, { matchLabels: null, matchExpressions: null }, { matchExpressions: [] }])('%j is valid', (selector) => {
    expect(checkLabelSelectorJson(selector)).toEqual([]);
  });

  it('accepts every operator with the values it needs', () => {
    const selector = {
      matchLabels: { app: 'web', 'example.com/tier': '' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['dev', 'dev'] },
        { key: 'env', operator: 'NotIn', values: [''] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'track', operator: 'Exists', values: [] },
      ],
    };
    expect(checkLabelSelectorJson(selector)).toEqual([]);
  });

  it.each([
    [null, '', 'must be an object with matchLabels and/or matchExpressions'],
    [[], '', 'must be an object with matchLabels and/or matchExpressions'],
    [{ matchLabels: ['a'] }, 'matchLabels', 'must be a map of label keys to values'],
    [{ matchLabels: { '-bad': 'x' } }, 'matchLabels', "key '-bad' name part must consist of"],
    [{ matchLabels: { app: 'has space' } }, 'matchLabels[app]', "value 'has space': a valid label value must be empty or consist of"],
    [{ matchLabels: { app: 1 } }, 'matchLabels[app]', 'must be a string'],
    [{ matchExpressions: {} }, 'matchExpressions', 'must be a list of {key, operator, values} requirements'],
    [{ matchExpressions: ['x'] }, 'matchExpressions[0]', 'must be an object with key, operator and values'],
    [{ matchExpressions: [{ key: 'env', operator: 'In' }] }, 'matchExpressions[0].values', "must be specified when operator is 'In'; list at least one value"],
    [{ matchExpressions: [{ key: 'env', operator: 'NotIn', values: [] }] }, 'matchExpressions[0].values', "must be specified when operator is 'NotIn'"],
    [{ matchExpressions: [{ key: 'env', operator: 'Exists', values: ['a'] }] }, 'matchExpressions[0].values', "may not be specified when operator is 'Exists'; remove the values, or use 'In' or 'NotIn'"],
    [{ matchExpressions: [{ key: 'env', operator: 'Equals', values: ['a'] }] }, 'matchExpressions[0].operator', "'Equals' is not a selector operator; use one of 'In', 'NotIn', 'Exists', 'DoesNotExist'"],
    [{ matchExpressions: [{ key: 'env', operator: 'in', values: ['a'] }] }, 'matchExpressions[0].operator', "'in' is not a selector operator"],
    [{ matchExpressions: [{ key: 'env', values: ['a'] }] }, 'matchExpressions[0].operator', 'undefined is not a selector operator'],
    [{ matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] }, 'matchExpressions[0].key', "'a/b/c' must be a qualified name"],
    [{ matchExpressions: [{ operator: 'Exists' }] }, 'matchExpressions[0].key', 'must be a string (a label key)'],
    [{ matchExpressions: [{ key: 'env', operator: 'In', values: ['ok', '-x'] }] }, 'matchExpressions[0].values[1]', "'-x': a valid label value"],
    [{ matchExpressions: [{ key: 'env', operator: 'In', values: [1] }] }, 'matchExpressions[0].values', 'must be a list of strings'],
  ])('%j', (selector, path, message) => {
    const problems = checkLabelSelectorJson(selector);
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('reports every problem, under the given path', () => {
    const problems = checkLabelSelectorJson(
      { matchLabels: { app: '-web' }, matchExpressions: [{ key: 'env', operator: 'Exists', values: ['a'] }, { key: '', operator: 'Nope' }] },
      'spec.selector',
    );
    expect(problems.map((p) => p.path)).toEqual([
      'spec.selector.matchLabels[app]',
      'spec.selector.matchExpressions[0].values',
      'spec.selector.matchExpressions[1].operator',
      'spec.selector.matchExpressions[1].key',
    ]);
  });
});

describe('requirementsFromJson', () => {
  it('reads matchLabels as equalities and keeps expression values as written, sorted by key', () => {
    expect(
      requirementsFromJson({
        matchLabels: { tier: 'front', app: 'web' },
        matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd', 'dev'] }, { key: 'app', operator: 'Exists' }],
      }),
    ).toEqual([
      { key: 'app', operator: 'Equals', values: ['web'] },
      { key: 'app', operator: 'Exists', values: [] },
      { key: 'env', operator: 'NotIn', values: ['prd', 'dev'] },
      { key: 'tier', operator: 'Equals', values: ['front'] },
    ]);
  });
});

describe('requirementsToJson', () => {
  it('is empty for no requirement', () => {
    expect(requirementsToJson([])).toEqual({});
  });

  it('puts equalities in matchLabels (sorted) and the rest in matchExpressions', () => {
    const json = requirementsToJson([
      { key: 'z', operator: 'Equals', values: ['1'] },
      { key: 'a', operator: 'DoubleEquals', values: ['2'] },
      { key: 'env', operator: 'NotEquals', values: ['prd'] },
      { key: 'tier', operator: 'In', values: ['a', 'b'] },
      { key: 'x', operator: 'NotIn', values: ['c'] },
      { key: 'canary', operator: 'DoesNotExist', values: [] },
      { key: 'track', operator: 'Exists', values: [] },
    ]);
    expect(json).toEqual({
      matchLabels: { a: '2', z: '1' },
      matchExpressions: [
        { key: 'env', operator: 'NotIn', values: ['prd'] },
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'x', operator: 'NotIn', values: ['c'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'track', operator: 'Exists' },
      ],
    });
    expect(Object.keys(json.matchLabels ?? {})).toEqual(['a', 'z']);
  });

  it('keeps a second, different equality on one key as an In expression, and drops a repeated one', () => {
    expect(
      requirementsToJson([
        { key: 'env', operator: 'Equals', values: ['dev'] },
        { key: 'env', operator: 'DoubleEquals', values: ['dev'] },
        { key: 'env', operator: 'Equals', values: ['prd'] },
      ]),
    ).toEqual({ matchLabels: { env: 'dev' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prd'] }] });
  });

  it.each([
    ['GreaterThan', "'replicas>1' cannot be written in an object's selector"],
    ['LessThan', "'replicas<1' cannot be written in an object's selector"],
  ] as const)('refuses %s', (operator, message) => {
    expect(() => requirementsToJson([{ key: 'replicas', operator, values: ['1'] }])).toThrow(message);
  });
});
