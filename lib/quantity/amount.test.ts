import { describe, expect, it } from 'vitest';
import { describeCall, formatDecimal } from './amount';

describe('describeCall', () => {
  it.each([
    ['Cpu.cores', 0.5, 'Cpu.cores(0.5)'],
    ['Cpu.cores', -0, 'Cpu.cores(-0)'],
    ['Memory.of', '1Gi', "Memory.of('1Gi')"],
  ] as const)('%s(%j)', (factory, argument, expected) => {
    expect(describeCall(factory, argument)).toBe(expected);
  });
});

describe('formatDecimal', () => {
  it.each([
    [0n, 0, '0'],
    [15n, 2, '1500'],
    [15n, -1, '1.5'],
    [1024n, -4, '0.1024'],
    [5n, -3, '0.005'],
    [-5n, -1, '-0.5'],
    [1n, 40, '1e40'],
  ] as const)('%s × 10^%d', (mantissa, exponent, expected) => {
    expect(formatDecimal({ mantissa, exponent })).toBe(expected);
  });
});
