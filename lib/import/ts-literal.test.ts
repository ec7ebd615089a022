import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentText, isUsableVariableName, numberLiteral, propertyKey, stringLiteral } from './ts-literal';

/** What a literal means when JavaScript reads it. */
function read(literal: string): unknown {
  return new Function(`"use strict"; return (${literal});`)();
}

describe('stringLiteral', () => {
  it.each([
    ['empty', '', "''"],
    ['plain', 'nginx:1.27', "'nginx:1.27'"],
    ['a single quote takes double quotes', "it's", `"it's"`],
    ['both quotes keep single quotes', `a'b"c`, `'a\\'b"c'`],
    ['backslash', 'C:\\dir', "'C:\\\\dir'"],
    ['line feed', 'a\nb', "'a\\nb'"],
    ['carriage return and tab', 'a\r\tb', "'a\\r\\tb'"],
    ['NUL', 'a\u0000b', "'a\\u0000b'"],
    ['line separator', 'a\u2028b', "'a\\u2028b'"],
    ['paragraph separator', 'a\u2029b', "'a\\u2029b'"],
    ['right-to-left override', 'a\u202eb', "'a\\u202eb'"],
    ['zero-width space', 'a\u200bb', "'a\\u200bb'"],
    ['byte order mark', '\ufeffa', "'\\ufeffa'"],
    ['lone high surrogate', 'a\ud800', "'a\\ud800'"],
    ['lone low surrogate', '\udc00a', "'\\udc00a'"],
    ['a surrogate pair stays', 'a😀', "'a😀'"],
    ['non-ASCII text stays', '한국어 ü', "'한국어 ü'"],
    ['a comment opener stays inside the literal', '*/ /* //', "'*/ /* //'"],
    ['code after a quote stays text', "'); process.exit(1); ('", `"'); process.exit(1); ('"`],
  ])('%s', (_name, value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
    expect(read(stringLiteral(value))).toBe(value);
  });

  it('reads back as the same string for any string (lone surrogates too), on one line', { timeout: 30_000 }, () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit })), (value) => {
        const literal = stringLiteral(value);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(read(literal)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('numberLiteral', () => {
  it.each([
    [0, false, '0'],
    [-0, false, '-0'],
    [80, false, '80'],
    [1.5, false, '1.5'],
    [1e21, false, '1e+21'],
    [420, true, '0o644'],
    [0, true, '0o0'],
    [-1, true, '-1'],
    [1.5, true, '1.5'],
    [0o10000, true, '4096'],
  ])('%s (octal: %s) is %s', (value, octal, expected) => {
    expect(numberLiteral(value, octal)).toBe(expected);
    expect(Object.is(read(expected), value)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %s', (value) => {
    expect(() => numberLiteral(value)).toThrow(/cannot hold/);
  });
});

describe('propertyKey', () => {
  it.each([
    ['containerPort', 'containerPort'],
    ['$ref', '$ref'],
    ['app.kubernetes.io/name', "'app.kubernetes.io/name'"],
    ['ephemeral-storage', "'ephemeral-storage'"],
    ['80', "'80'"],
    ['', "''"],
    ['default', 'default'],
    ['__proto__', "['__proto__']"],
    ["it's", `"it's"`],
  ])('%j is written %s', (key, expected) => {
    expect(propertyKey(key)).toBe(expected);
  });

  it('keeps __proto__ an own field instead of the prototype', () => {
    const value = read(`{ ${propertyKey('__proto__')}: { polluted: true } }`) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('isUsableVariableName', () => {
  it.each([
    ['web', true],
    ['webLogShipper', true],
    ['_x', true],
    ['', false],
    ['1web', false],
    ['web-app', false],
    ['new', false],
    ['default', false],
    ['process', false],
    ['undefined', false],
  ])('%j: %s', (name, expected) => {
    expect(isUsableVariableName(name)).toBe(expected);
  });
});

describe('commentText', () => {
  it('shows line terminators as escapes so the comment cannot end early', () => {
    expect(commentText('a.yaml\nprocess.exit(1)')).toBe('a.yaml\\nprocess.exit(1)');
    expect(commentText('a\u2028b\rc')).toBe('a\\u2028b\\rc');
    expect(commentText('plain/file.yaml')).toBe('plain/file.yaml');
  });
});
