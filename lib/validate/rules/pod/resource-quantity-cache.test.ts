import { describe, expect, it } from 'vitest';
import { compareQuantities, readQuantity } from './resource-quantity';

describe('readQuantity remembers values by text', () => {
  it('gives the same value on every read, for strings and numbers', () => {
    for (let round = 0; round < 3; round++) {
      expect(readQuantity('250Mi')).toEqual({ numerator: 262144000n, denominator: 1n });
      expect(readQuantity(0.5)).toEqual({ numerator: 5n, denominator: 10n });
      expect(readQuantity('0.5')).toEqual({ numerator: 5n, denominator: 10n });
      expect(readQuantity('1KiB')).toBeUndefined();
    }
  });

  it('reads long texts and many distinct texts alike', () => {
    const long = `${'1'.repeat(70)}m`;
    expect(readQuantity(long)).toEqual(readQuantity(long));
    for (let i = 0; i < 3000; i++) {
      const value = readQuantity(`${i}m`);
      expect(value !== undefined && compareQuantities(value, { numerator: BigInt(i), denominator: 1000n })).toBe(0);
    }
    expect(readQuantity('2')).toEqual({ numerator: 2n, denominator: 1n });
  });

  it('compares quantities of equal and different denominators', () => {
    const q = (text: string) => readQuantity(text) ?? { numerator: 0n, denominator: 1n };
    expect(compareQuantities(q('1'), q('1000m'))).toBe(0);
    expect(compareQuantities(q('1.5'), q('1.25'))).toBeGreaterThan(0);
    expect(compareQuantities(q('1.25'), q('1.5'))).toBeLessThan(0);
    expect(compareQuantities(q('1Gi'), q('1G'))).toBeGreaterThan(0);
  });
});
