import { describe, expect, it } from 'vitest';
import { looksLikeJson, readJsonStream } from './json-stream';

const rules = (text: string, maxDepth = 1000): string[] => readJsonStream(text, maxDepth).flatMap((doc) => doc.problems.map((problem) => problem.ruleId));

describe('looksLikeJson: the first non-blank character is {', () => {
  it.each([
    ['', false],
    ['{}', true],
    ['  \n\t{"a": 1}', true],
    ['[1]', false],
    ['a: {b: 1}', false],
    ['# {\n', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeJson(text)).toBe(expected);
  });
});

describe('readJsonStream', () => {
  it('reads nothing from blank text', () => {
    expect(readJsonStream('  \n', 1000)).toEqual([]);
  });

  it('reads one object with JSON semantics', () => {
    const [doc] = readJsonStream('{"a": 1e3, "b": "yes", "c": [true, null, -0.5], "d": "\\u00e9\\n"}', 1000);
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ a: 1000, b: 'yes', c: [true, null, -0.5], d: 'é\n' });
  });

  it('reads a stream of values one after the other, as kubectl does', () => {
    const docs = readJsonStream('{"kind": "A"}\n{"kind": "B"}{"kind": "C"}\nnull', 1000);
    expect(docs.map((doc) => doc.value)).toEqual([{ kind: 'A' }, { kind: 'B' }, { kind: 'C' }, null]);
    expect(docs.map((doc) => [doc.offset, doc.end])).toEqual([[0, 13], [14, 27], [27, 40], [41, 45]]);
  });

  it('makes __proto__ an own property', () => {
    const [doc] = readJsonStream('{"__proto__": {"polluted": 1}}', 1000);
    expect(Object.prototype.hasOwnProperty.call(doc.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a lone high surrogate', '{"a": "\\ud800"}', { a: '\ufffd' }],
    ['a lone low surrogate', '{"a": "x\\udc00y"}', { a: 'x\ufffdy' }],
    ['a high surrogate before another escape', '{"a": "\\ud800\\u0041"}', { a: '\ufffdA' }],
    ['a surrogate pair', '{"a": "\\ud83d\\ude00"}', { a: '\u{1f600}' }],
    ['an escaped backslash before u', '{"a": "\\\\ud800"}', { a: '\\ud800' }],
    ['a lone surrogate in a key, deep down', '{"a": [{"\\udfff": ["\\ud800"]}]}', { a: [{ '\ufffd': ['\ufffd'] }] }],
  ])('decodes %s as Go does (U+FFFD for a lone half)', (_, text, expected) => {
    const [doc] = readJsonStream(text, 1000);
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual(expected);
  });

  it.each([
    ['9223372036854775807', 9223372036854774784],
    ['9223372036854775296', 9223372036854774784],
    ['9223372036854775808', 2 ** 63],
    ['9223372036854775807.0', 2 ** 63],
    ['-9223372036854775808', -(2 ** 63)],
    ['1234567890123456789', 1234567890123456789],
  ])('reads the integer %s so that the int64 check can tell 2^63-1 from 2^63', (literal, expected) => {
    const [doc] = readJsonStream(`{"a": [${literal}], "b": ${literal}}`, 1000);
    expect(doc.value).toEqual({ a: [expected], b: expected });
  });

  it('finds keys that are duplicates once lone surrogates are replaced', () => {
    expect(rules('{"\\ud800": 1, "\\udc00": 2}')).toEqual(['yaml/duplicate-key']);
  });

  it('reports every duplicate key with its offset', () => {
    const [doc] = readJsonStream('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}', 1000);
    expect(doc.problems.map((problem) => [problem.ruleId, problem.offset])).toEqual([
      ['yaml/duplicate-key', 23],
      ['yaml/duplicate-key', 32],
    ]);
  });

  it('finds duplicates among many keys', () => {
    const keys = Array.from({ length: 40 }, (_, index) => `"k${index}": ${index}`);
    expect(rules(`{${keys.join(', ')}, "k7": 0}`)).toEqual(['yaml/duplicate-key']);
  });

  it.each([
    ['a trailing comma', '{"a": 1,}'],
    ['a single-quoted string', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['a missing colon', '{"a" 1}'],
    ['a raw line break in a string', '{"a": "x\ny"}'],
    ['an unknown escape', '{"a": "\\q"}'],
    ['a malformed number', '{"a": 01}'],
    ['a YAML word', '{"a": yes}'],
    ['an unclosed object', '{"a": 1'],
    ['an unclosed string', '{"a": "b'],
  ])('reports %s as yaml/syntax', (_, text) => {
    expect(rules(text)).toEqual(['yaml/syntax']);
  });

  it('keeps the values before a syntax error and stops there', () => {
    const docs = readJsonStream('{"a": 1}\n{"b": }\n{"c": 3}', 1000);
    expect(docs.map((doc) => doc.problems.length)).toEqual([0, 1]);
    expect(docs[1].problems[0].offset).toBe(15);
  });

  it('stops at the depth limit without exhausting the stack', () => {
    expect(rules('{"a": [[1]]}', 3)).toEqual([]);
    expect(rules('{"a": [[[1]]]}', 3)).toEqual(['yaml/too-deep']);
    expect(rules(`{"a": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`)).toEqual(['yaml/too-deep']);
  });

  it('records positions when asked', () => {
    const [doc] = readJsonStream('{"a": {"b": [1, 2]}}', 1000, true);
    expect(doc.positions?.entries?.get('a')?.offset).toBe(1);
    expect(doc.positions?.entries?.get('a')?.entries?.get('b')?.items?.map((item) => item.offset)).toEqual([13, 16]);
  });
});
