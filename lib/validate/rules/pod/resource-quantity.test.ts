import { describe, expect, it } from 'vitest';
import { addQuantities, compareQuantities, formatExact, isMultipleOf, isNegative, isWhole, maxQuantity, readQuantity } from './resource-quantity';

const q = (v: unknown) => {
  const r = readQuantity(v);
  if (r === undefined) throw new Error(`not a quantity: ${String(v)}`);
  return r;
};

describe('readQuantity', () => {
  it.each([undefined, null, true, {}, '', 'abc', '1x', '1KiB', '1.2.3', '--1', Infinity, NaN])('refuses %s', (value) => {
    expect(readQuantity(value)).toBeUndefined();
  });

  it.each([
    ['1', '1000m'],
    ['1.5', '1500m'],
    [0.5, '500m'],
    ['1Ki', '1024'],
    ['1Mi', '1048576'],
    ['1k', '1000'],
    ['1e3', '1k'],
    ['1E3', '1000'],
    ['100n', '0.0000001'],
    ['+2', '2'],
    ['.5', '500m'],
    ['5.', '5'],
  ])('reads %s as %s', (a, b) => {
    expect(compareQuantities(q(a), q(b))).toBe(0);
  });

  it('orders quantities exactly', () => {
    expect(compareQuantities(q('250Mi'), q('500Mi'))).toBeLessThan(0);
    expect(compareQuantities(q('1Gi'), q('1G'))).toBeGreaterThan(0);
    expect(compareQuantities(q('200m'), q('1'))).toBeLessThan(0);
  });

  it('knows whole, negative and multiple values', () => {
    expect(isWhole(q('1.5'))).toBe(false);
    expect(isWhole(q('2k'))).toBe(true);
    expect(isNegative(q('-1'))).toBe(true);
    expect(isNegative(q('0'))).toBe(false);
    expect(isMultipleOf(q('4Mi'), q('2Mi'))).toBe(true);
    expect(isMultipleOf(q('3Mi'), q('2Mi'))).toBe(false);
    expect(isMultipleOf(q('1'), q('0'))).toBe(false);
  });
});

describe('addQuantities, maxQuantity, formatExact', () => {
  it.each([
    ['1', '1', '2'],
    ['500m', '250m', '0.75'],
    ['1.5', '100n', '1.5000001'],
    ['1Gi', '1k', '1073742824'],
    ['-1', '250m', '-0.75'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(formatExact(addQuantities(q(a), q(b)))).toBe(sum);
  });

  it('keeps the larger quantity, treating undefined as absent', () => {
    expect(maxQuantity(undefined, undefined)).toBeUndefined();
    expect(formatExact(maxQuantity(q('1'), undefined) ?? q('0'))).toBe('1');
    expect(formatExact(maxQuantity(undefined, q('2')) ?? q('0'))).toBe('2');
    expect(formatExact(maxQuantity(q('1500m'), q('1')) ?? q('0'))).toBe('1.5');
    expect(formatExact(maxQuantity(q('1'), q('1Ki')) ?? q('0'))).toBe('1024');
  });

  it.each([
    ['0', '0'],
    ['2', '2'],
    ['0.5', '0.5'],
    ['1500m', '1.5'],
    ['2000m', '2'],
    ['10n', '0.00000001'],
    ['-0.25', '-0.25'],
  ])('formats %s as %s', (text, expected) => {
    expect(formatExact(q(text))).toBe(expected);
  });
});
