import { describe, expect, it } from 'vitest';
import { interpretSuffix, parseExponent, suffixSuggestions } from './suffix';

describe('interpretSuffix', () => {
  it.each([
    ['', 10, 0, 'DecimalSI'],
    ['n', 10, -9, 'DecimalSI'],
    ['m', 10, -3, 'DecimalSI'],
    ['k', 10, 3, 'DecimalSI'],
    ['E', 10, 18, 'DecimalSI'],
    ['Ki', 2, 10, 'BinarySI'],
    ['Ei', 2, 60, 'BinarySI'],
    ['e3', 10, 3, 'DecimalExponent'],
    ['E-3', 10, -3, 'DecimalExponent'],
    ['e+3', 10, 3, 'DecimalExponent'],
    ['e0', 10, 0, 'DecimalExponent'],
  ] as const)('%j', (suffix, base, exponent, format) => {
    expect(interpretSuffix(suffix)).toEqual({ base, exponent, format });
  });

  it.each(['e', 'K', 'ki', 'mi', 'i', 'KiKi', 'e-', 'e+', 'ee3', 'k3', 'constructor', '__proto__', 'toString'])('%j is unknown', (suffix) => {
    expect(interpretSuffix(suffix)).toBeUndefined();
  });
});

describe('parseExponent', () => {
  it.each([
    ['3', 3],
    ['-3', -3],
    ['+3', 3],
    ['0003', 3],
    ['2147483647', 2147483647],
    ['2147483648', -2147483648],
    ['4294967296', 0],
    ['9223372036854775807', -1],
    ['-9223372036854775808', 0],
  ])('%j keeps the low 32 bits', (text, expected) => {
    expect(parseExponent(text)).toBe(expected);
  });

  it.each(['', '+', '-', '9223372036854775808', '-9223372036854775809', '1.5', '1_0', ' 1'])('%j is not an int64', (text) => {
    expect(parseExponent(text)).toBeUndefined();
  });
});

describe('suffixSuggestions', () => {
  it.each([
    ['mi', ['Mi']],
    ['K', ['Ki', 'k']],
    ['g', ['Gi', 'G']],
    ['x', []],
  ])('%j', (suffix, expected) => {
    expect(suffixSuggestions(suffix)).toEqual(expected);
  });
});
