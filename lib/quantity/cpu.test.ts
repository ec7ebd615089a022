import { describe, expect, it } from 'vitest';
import { PodsmithUsageError } from '../errors';
import { Cpu } from './cpu';
import { compareQuantities } from './parse';

describe('Cpu factories write what the call says', () => {
  it.each([
    [() => Cpu.millis(0), '0m', 0],
    [() => Cpu.millis(200), '200m', 200],
    [() => Cpu.millis(1000), '1000m', 1000],
    [() => Cpu.cores(0), '0', 0],
    [() => Cpu.cores(1), '1', 1000],
    [() => Cpu.cores(16), '16', 16000],
    [() => Cpu.cores(0.5), '500m', 500],
    [() => Cpu.cores(1.5), '1500m', 1500],
    [() => Cpu.cores(1.1), '1100m', 1100],
    [() => Cpu.cores(0.001), '1m', 1],
    [() => Cpu.cores(-0), '0', 0],
    [() => Cpu.of('250m'), '250m', 250],
    [() => Cpu.of('0.5'), '0.5', 500],
    [() => Cpu.of('2'), '2', 2000],
    [() => Cpu.of('+1'), '+1', 1000],
    [() => Cpu.of('1e-1'), '1e-1', 100],
    [() => Cpu.of('100000u'), '100000u', 100],
  ] as const)('%#: %s', (make, text, millis) => {
    const cpu = make();
    expect(cpu.toString()).toBe(text);
    expect(cpu.toJson()).toBe(text);
    expect(JSON.stringify({ cpu })).toBe(`{"cpu":"${text}"}`);
    expect(cpu.resolve()).toBe(text);
    expect(cpu.toMillis()).toBe(millis);
  });
});

describe('Cpu refuses what the server would not keep as written', () => {
  it.each([
    [() => Cpu.millis(-1), 'Cpu.millis(-1): amount: must not be negative; use 0 or more, e.g. Cpu.millis(250)'],
    [() => Cpu.millis(Number.NaN), 'Cpu.millis(NaN): amount: must be a number, e.g. Cpu.millis(250)'],
    [() => Cpu.millis(Number.POSITIVE_INFINITY), 'Cpu.millis(Infinity): amount: must be finite'],
    [() => Cpu.millis(0.5), 'Cpu.millis(0.5): amount: must be a whole number of millicores (1m is the finest CPU unit); round it, e.g. Cpu.millis(1)'],
    [() => Cpu.millis(2 ** 60), 'beyond the integers JavaScript holds exactly'],
    [() => Cpu.cores(-0.5), 'Cpu.cores(-0.5): amount: must not be negative'],
    [() => Cpu.cores(0.0005), 'Cpu.cores(0.0005): amount: is finer than one millicore (1m is the finest CPU unit); round it, e.g. Cpu.millis(1)'],
    [() => Cpu.cores(0.1 + 0.2), 'Cpu.cores(0.30000000000000004): amount: is finer than one millicore'],
    [() => Cpu.of(''), "Cpu.of(''): text: '' is not a quantity: it is empty"],
    [() => Cpu.of('250 m'), "'250 m' is not a quantity: it must not contain spaces"],
    [() => Cpu.of('2 cores'), 'must not contain spaces'],
    [() => Cpu.of('-1'), "Cpu.of('-1'): text: '-1' is negative"],
    [() => Cpu.of('m'), "'m' has no digits"],
    [() => Cpu.of('100u'), "'100u' is finer than one millicore"],
    [() => Cpu.of('1e-10'), 'is finer than one millicore'],
    [() => Cpu.of('1e16'), 'is more CPU than a quantity holds'],
  ] as const)('%#: %s', (make, message) => {
    expect(make).toThrow(PodsmithUsageError);
    expect(make).toThrow(message);
  });
});

describe('Cpu.toQuantity', () => {
  it('compares exactly across forms', () => {
    expect(compareQuantities(Cpu.cores(0.5).toQuantity(), Cpu.millis(500).toQuantity())).toBe(0);
    expect(compareQuantities(Cpu.of('1').toQuantity(), Cpu.millis(999).toQuantity())).toBe(1);
  });

  it('refuses to convert a count of millicores JavaScript cannot hold exactly', () => {
    expect(() => Cpu.of('9e15').toMillis()).toThrow(RangeError);
  });
});
