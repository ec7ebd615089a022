import { describe, expect, it } from 'vitest';
import { PodsmithUsageError } from '../errors';
import { Memory } from './memory';
import { compareQuantities } from './parse';

describe('Memory factories write what the call says', () => {
  it.each([
    [() => Memory.bytes(0), '0', 0],
    [() => Memory.bytes(512), '512', 512],
    [() => Memory.kibibytes(64), '64Ki', 65536],
    [() => Memory.mebibytes(250), '250Mi', 250 * 2 ** 20],
    [() => Memory.mebibytes(1024), '1024Mi', 2 ** 30],
    [() => Memory.gibibytes(1), '1Gi', 2 ** 30],
    [() => Memory.tebibytes(1), '1Ti', 2 ** 40],
    [() => Memory.kilobytes(1), '1k', 1000],
    [() => Memory.megabytes(1), '1M', 1e6],
    [() => Memory.gigabytes(2), '2G', 2e9],
    [() => Memory.terabytes(1), '1T', 1e12],
    // Exact fractions go to the next smaller unit, or further down when needed.
    [() => Memory.mebibytes(1.5), '1536Ki', 1536 * 1024],
    [() => Memory.gibibytes(0.25), '256Mi', 2 ** 28],
    [() => Memory.kibibytes(0.5), '512', 512],
    [() => Memory.mebibytes(1.00048828125), '1049088', 1049088],
    [() => Memory.megabytes(1.5), '1500k', 1.5e6],
    [() => Memory.gigabytes(0.0015), '1500k', 1.5e6],
    [() => Memory.kilobytes(0.001), '1', 1],
    [() => Memory.of('1Gi'), '1Gi', 2 ** 30],
    [() => Memory.of('1.5Gi'), '1.5Gi', 1.5 * 2 ** 30],
    [() => Memory.of('500M'), '500M', 5e8],
    [() => Memory.of('0.5Ki'), '0.5Ki', 512],
    [() => Memory.of('1e3'), '1e3', 1000],
  ] as const)('%#: %s', (make, text, bytes) => {
    const memory = make();
    expect(memory.toString()).toBe(text);
    expect(memory.toJson()).toBe(text);
    expect(JSON.stringify([memory])).toBe(`["${text}"]`);
    expect(memory.resolve()).toBe(text);
    expect(memory.toBytes()).toBe(bytes);
  });
});

describe('Memory refuses what is not a whole, representable number of bytes', () => {
  it.each([
    [() => Memory.bytes(-1), 'Memory.bytes(-1): amount: must not be negative; use 0 or more, e.g. Memory.bytes(512)'],
    [() => Memory.bytes(0.5), 'Memory.bytes(0.5): amount: is not a whole number of bytes (it is 0.5 bytes); use whole bytes, e.g. Memory.bytes(512)'],
    [() => Memory.mebibytes(Number.NaN), 'Memory.mebibytes(NaN): amount: must be a number, e.g. Memory.mebibytes(1)'],
    [() => Memory.gibibytes(Number.NEGATIVE_INFINITY), 'Memory.gibibytes(-Infinity): amount: must be finite'],
    [() => Memory.gibibytes(0.3), 'Memory.gibibytes(0.3): amount: is not a whole number of bytes (it is 322122547.2 bytes)'],
    [() => Memory.kibibytes(0.0001), 'is not a whole number of bytes (it is 0.1024 bytes)'],
    [() => Memory.tebibytes(8 * 1024 * 1024), 'is more than a quantity holds (2^63-1 bytes, just under 8Ei)'],
    [() => Memory.of('100m'), "Memory.of('100m'): text: '100m' is not a whole number of bytes ('m' means thousandths: did you mean '100Mi' or '100M'?)"],
    [() => Memory.of('1GB'), "'1GB' is not a quantity: it 'GB' is not a Kubernetes unit"],
    [() => Memory.of('1gi'), "did you mean 'Gi'?"],
    [() => Memory.of('-1Gi'), "'-1Gi' is negative"],
    [() => Memory.of('Gi'), "'Gi' has no digits"],
    [() => Memory.of('9Ei'), 'is more than a quantity holds'],
    [() => Memory.of('1e19'), 'is more than a quantity holds'],
  ] as const)('%#: %s', (make, message) => {
    expect(make).toThrow(PodsmithUsageError);
    expect(make).toThrow(message);
  });
});

describe('Memory.toQuantity', () => {
  it('teaches MB vs MiB: one megabyte is less than one mebibyte', () => {
    expect(compareQuantities(Memory.megabytes(1).toQuantity(), Memory.mebibytes(1).toQuantity())).toBe(-1);
    expect(compareQuantities(Memory.mebibytes(1.5).toQuantity(), Memory.of('1.5Mi').toQuantity())).toBe(0);
  });

  it('refuses to convert a byte count JavaScript cannot hold exactly', () => {
    expect(() => Memory.of('7Ei').toBytes()).toThrow(RangeError);
  });
});
