import { describe, expect, it } from 'vitest';
import { plainScalarKind, resolvePlainScalar } from './plain-scalar';

describe('resolvePlainScalar: plain scalars as Kubernetes (go-yaml v2) reads them', () => {
  it.each([
    ['', null],
    ['~', null],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['nULL', 'nULL'],
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['y', true],
    ['Y', true],
    ['on', true],
    ['ON', true],
    ['true', true],
    ['no', false],
    ['n', false],
    ['off', false],
    ['Off', false],
    ['False', false],
    ['yES', 'yES'],
    ['0', 0],
    ['-0', 0],
    ['+12', 12],
    ['0755', 493],
    ['08', 8],
    ['0x1F', 31],
    ['0X1F', 31],
    ['0o17', 15],
    ['0b101', 5],
    ['-0b101', -5],
    ['1_000', 1000],
    // Rounding never carries an integer across the int64 bounds.
    ['9223372036854775807', 9223372036854774784],
    ['9223372036854775808', 9223372036854775808],
    ['-9223372036854775808', -9223372036854775808],
    ['-9223372036854775809', -9223372036854775808], // a float to go-yaml, -2^63 once in JSON
    ['18446744073709551615', 18446744073709551615],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1.', 1],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['.inf', Number.POSITIVE_INFINITY],
    ['-.Inf', Number.NEGATIVE_INFINITY],
    ['.NaN', Number.NaN],
    ['99999999999999999999', 1e20],
  ] as const)('%j is %j', (source, expected) => {
    expect(resolvePlainScalar(source)).toEqual(expected);
  });

  it.each([
    '1:20',
    '190:20:30',
    '2001-12-14',
    '2001-12-14T21:59:43.10-05:00',
    '.',
    'e3',
    '.e3',
    '0b',
    '0x',
    '_1',
    '-',
    '+',
    '1e400',
    '1.2.3',
    'nginx:1.27',
    'v1',
    '<<',
    '=',
    'é',
  ])('%j stays a string', (source) => {
    expect(resolvePlainScalar(source)).toBe(source);
  });
});

describe('plainScalarKind', () => {
  it.each([
    ['', 'null'],
    ['yes', 'bool'],
    ['12', 'int'],
    ['0x1F', 'int'],
    ['08', 'float'],
    ['1.0', 'float'],
    ['1e3', 'float'],
    ['2001-12-14', 'string'],
    ['web', 'string'],
  ] as const)('%j is %s', (source, kind) => {
    expect(plainScalarKind(source)).toBe(kind);
  });
});
