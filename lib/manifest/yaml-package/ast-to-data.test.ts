import { describe, expect, it } from 'vitest';
import { readWithYamlPackage } from './read-with-yaml';

const readOne = (text: string, maxDepth = 1000) => {
  const documents = readWithYamlPackage(text, 0, text.length, maxDepth);
  expect(documents).toHaveLength(1);
  return documents[0];
};
const valueOf = (text: string): unknown => {
  const document = readOne(text);
  expect(document.problems).toEqual([]);
  return document.value;
};
const rulesOf = (text: string, maxDepth = 1000): string[] => readOne(text, maxDepth).problems.map((problem) => problem.ruleId);

describe('the yaml package path converts documents as Kubernetes does', () => {
  it('reads an empty document as null', () => {
    expect(valueOf('---\n# nothing\n')).toBeNull();
  });

  it.each([
    ['keys that are not strings', 'yes: 1\n80: 2\n1.5: 3\n', { true: 1, '80': 2, '1.5': 3 }],
    ['aliases', 'a: &x {b: 1}\nc: *x\n', { a: { b: 1 }, c: { b: 1 } }],
    ['merge keys, explicit keys first', 'base: &b {p: 1, q: 2}\nd:\n  <<: *b\n  q: 3\n', { base: { p: 1, q: 2 }, d: { q: 3, p: 1 } }],
    ['merge sequences, earlier sources first', 'a: &a {p: 1}\nb: &b {p: 2, q: 2}\nc: {<<: [*a, *b]}\n', { a: { p: 1 }, b: { p: 2, q: 2 }, c: { p: 1, q: 2 } }],
    ['y as the key true, as YAML 1.1 reads it', 'y: 1\n', { true: 1 }],
    ['a quoted << as an ordinary key', '"<<": 1\n', { '<<': 1 }],
    ['a pair inside a flow sequence', 'a: [b: 1]\n', { a: [{ b: 1 }] }],
    ['sets as mappings of nulls', 'a: !!set {p, q}\n', { a: { p: null, q: null } }],
  ])('%s', (_, text, value) => {
    expect(valueOf(text)).toEqual(value);
  });

  it('makes a __proto__ key an own property, never the prototype', () => {
    const value = valueOf('__proto__: {polluted: 1}\nmerged: {<<: {__proto__: {polluted: 2}}}\n') as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.prototype.hasOwnProperty.call(value.merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a null key', '~: 1\n', 'yaml/unsupported-key'],
    ['a mapping as a key', '? {a: 1}\n: 2\n', 'yaml/unsupported-key'],
    ['infinity', 'a: .inf\n', 'yaml/unsupported-value'],
    ['NaN inside a sequence', 'a: [1, .nan]\n', 'yaml/unsupported-value'],
    ['keys equal after conversion', '1: a\n"1": b\n', 'yaml/duplicate-key'],
    ['a merge of a scalar', 'a: {<<: 1}\n', 'yaml/syntax'],
    ['an alias inside its own anchor', 'a: &x\n  b: *x\n', 'yaml/alias-cycle'],
  ])('reports %s', (_, text, ruleId) => {
    expect(rulesOf(text)).toContain(ruleId);
  });

  it('stops an alias bomb quickly', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) levels.push(`${'abcdefghij'[level]}: &${'abcdefghij'[level]} [${Array(10).fill(`*${'abcdefghij'[level - 1]}`).join(', ')}]`);
    const started = Date.now();
    expect(rulesOf(`${levels.join('\n')}\n`)).toEqual(['yaml/excessive-aliasing']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops at the depth limit', () => {
    expect(rulesOf('a: [[[1]]]\n', 3)).toEqual(['yaml/too-deep']);
    expect(readOne('a: [[1]]\n', 3).problems).toEqual([]);
  });
});

describe('the yaml package path reports malformed YAML', () => {
  it.each([
    ['an unclosed flow sequence', 'a: [1, 2\n', 'yaml/syntax'],
    ['a tab as indentation', 'a:\n\tb: 1\n', 'yaml/syntax'],
    ['a duplicate key', 'a: 1\na: 2\n', 'yaml/duplicate-key'],
    ['an undefined alias', 'a: *nowhere\n', 'yaml/syntax'],
    ['a runaway nesting', `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, 'yaml/too-deep'],
  ])('%s', (_, text, ruleId) => {
    expect(rulesOf(text)).toContain(ruleId);
  });

  it('places problems at their offset in the whole text', () => {
    const text = 'a: 1\n---\nb: 1\nb: 2\n';
    const [document] = readWithYamlPackage(text, 5, text.length, 1000);
    expect(document.problems).toEqual([expect.objectContaining({ ruleId: 'yaml/duplicate-key', offset: 14 })]);
    expect(document.problems[0].message).not.toMatch(/line \d/);
  });
});
