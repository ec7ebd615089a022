import { describe, expect, it } from 'vitest';
import { compareDecimals, decimalFromNumber, digitCount, normalize, pow10, roundAwayFromZero, toInteger } from './decimal';

describe('normalize', () => {
  it.each([
    [0n, 5, 0n, 0],
    [0n, -3, 0n, 0],
    [1n, 0, 1n, 0],
    [1200n, -3, 12n, -1],
    [-1000n, 0, -1n, 3],
    [10n, -1, 1n, 0],
  ])('%s × 10^%d', (mantissa, exponent, m, e) => {
    expect(normalize(mantissa, exponent)).toEqual({ mantissa: m, exponent: e });
  });

  it('never yields a negative zero exponent', () => {
    expect(Object.is(normalize(5n, -0).exponent, 0)).toBe(true);
  });
});

describe('compareDecimals', () => {
  it.each([
    [0n, 0, 0n, 7, 0],
    [1n, 0, 10n, -1, 0],
    [1n, 3, 999n, 0, 1],
    [-1n, 3, -999n, 0, -1],
    [-1n, 0, 1n, -9, -1],
    [15n, -1, 2n, 0, -1],
    [1n, 2000000000, 9n, 18, 1],
    [1n, -2000000000, 0n, 0, 1],
  ])('%s×10^%d vs %s×10^%d', (ma, ea, mb, eb, expected) => {
    expect(compareDecimals({ mantissa: ma, exponent: ea }, { mantissa: mb, exponent: eb })).toBe(expected);
  });
});

describe('decimalFromNumber', () => {
  it.each([
    [0, 0n, 0],
    [-0, 0n, 0],
    [0.1, 1n, -1],
    [1.1, 11n, -1],
    [0.1 + 0.2, 30000000000000004n, -17],
    [1e21, 1n, 21],
    [1.5e-7, 15n, -8],
    [-250, -25n, 1],
  ])('%s', (value, mantissa, exponent) => {
    expect(decimalFromNumber(value)).toEqual({ mantissa, exponent });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%s is not a decimal', (value) => {
    expect(decimalFromNumber(value)).toBeUndefined();
  });
});

describe('toInteger', () => {
  it.each([
    [{ mantissa: 15n, exponent: -1 }, undefined],
    [{ mantissa: 150n, exponent: -1 }, 15n],
    [{ mantissa: 3n, exponent: 2 }, 300n],
  ])('case %#', (value, expected) => {
    expect(toInteger(value)).toBe(expected);
  });
});

describe('roundAwayFromZero', () => {
  it.each([
    [0n, 20, 0n, 20, false],
    [5n, 3, 5n, 3, false],
    [3001n, 12, 4n, 9, true],
    [-3001n, 12, -4n, 9, true],
    [3000n, 12, 3n, 9, false],
    [1n, 2000000000, 1n, 9, true],
  ])('%s at scale %d', (mantissa, scale, m, s, rounded) => {
    expect(roundAwayFromZero(mantissa, scale, 9)).toEqual({ mantissa: m, scale: s, rounded });
  });
});

describe('pow10 and digitCount', () => {
  it('computes powers and digit counts', () => {
    expect(pow10(0)).toBe(1n);
    expect(pow10(70)).toBe(10n ** 70n);
    expect(digitCount(0n)).toBe(0);
    expect(digitCount(-12345n)).toBe(5);
    expect(() => pow10(-1)).toThrow(RangeError);
  });
});
