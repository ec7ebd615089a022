import { describe, expect, it } from 'vitest';
import { goFloat32Shortest, jsonKeyOf } from './map-key';

describe('jsonKeyOf: mapping keys as Kubernetes turns them into JSON keys', () => {
  it.each([
    ['a null key has none', null, false, undefined],
    ['a string stays itself', 'app', false, 'app'],
    ['true', true, false, 'true'],
    ['false', false, false, 'false'],
    ['an integer', 80, true, '80'],
    ['a negative integer', -3, true, '-3'],
    ['a float', 1.5, false, '1.5'],
    ['NaN', Number.NaN, false, '.nan'],
    ['infinity', Number.POSITIVE_INFINITY, false, '.inf'],
    ['minus infinity', Number.NEGATIVE_INFINITY, false, '-.inf'],
  ] as const)('%s', (_, value, isInteger, key) => {
    expect(jsonKeyOf(value, isInteger)).toBe(key);
  });
});

describe("goFloat32Shortest: Go's FormatFloat(v, 'g', -1, 32)", () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [1.5, '1.5'],
    [0.1, '0.1'],
    [-2.25, '-2.25'],
    [123456, '123456'],
    [1e6, '1e+06'],
    [1234567, '1.234567e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [3.14159265358979, '3.1415927'],
  ])('%f is %s', (value, text) => {
    expect(goFloat32Shortest(value)).toBe(text);
  });
});
