import { describe, expect, it } from 'vitest';
import { Yaml11Kind, isYaml11MergeKey, plainReadsAsString, resolveYaml11Plain } from './yaml11';

type Row = readonly [text: string, kind: Yaml11Kind, value: null | boolean | number | bigint | string];

const rows: readonly Row[] = [
  // Degenerate inputs.
  ['', 'null', null],
  [' ', 'str', ' '],
  ['+', 'str', '+'],
  ['-', 'str', '-'],
  ['.', 'str', '.'],
  ['_', 'str', '_'],
  // Null.
  ['~', 'null', null],
  ['null', 'null', null],
  ['Null', 'null', null],
  ['NULL', 'null', null],
  ['nULL', 'str', 'nULL'],
  // Booleans: YAML 1.1 spellings, three cases each, no mixed case.
  ['yes', 'bool', true],
  ['Yes', 'bool', true],
  ['YES', 'bool', true],
  ['y', 'bool', true],
  ['Y', 'bool', true],
  ['on', 'bool', true],
  ['On', 'bool', true],
  ['ON', 'bool', true],
  ['true', 'bool', true],
  ['True', 'bool', true],
  ['no', 'bool', false],
  ['n', 'bool', false],
  ['N', 'bool', false],
  ['off', 'bool', false],
  ['OFF', 'bool', false],
  ['false', 'bool', false],
  ['False', 'bool', false],
  ['yES', 'str', 'yES'],
  ['oN', 'str', 'oN'],
  ['yess', 'str', 'yess'],
  // Integers: decimal, leading-zero octal, Go prefixes in either case, signs, underscores.
  ['0', 'int', 0],
  ['-0', 'int', 0],
  ['+1', 'int', 1],
  ['0755', 'int', 493],
  ['0o17', 'int', 15],
  ['0O17', 'int', 15],
  ['+0o17', 'int', 15],
  ['0x1F', 'int', 31],
  ['0X1F', 'int', 31],
  ['-0x1F', 'int', -31],
  ['0b101', 'int', 5],
  ['0B11', 'int', 3],
  ['-0b101', 'int', -5],
  ['0b-101', 'int', -5],
  ['1_000', 'int', 1000],
  ['0_x1F', 'int', 31],
  ['1__', 'int', 1],
  ['0_', 'int', 0],
  ['9007199254740993', 'int', 9007199254740993n],
  ['9223372036854775807', 'int', 9223372036854775807n],
  ['-9223372036854775808', 'int', -9223372036854775808n],
  ['18446744073709551615', 'int', 18446744073709551615n],
  ['0x1FFFFFFFFFFFFFFFFF', 'int', 0x1fffffffffffffffffn],
  // Floats: go-yaml's decimal forms; integers out of range become floats.
  ['.5', 'float', 0.5],
  ['+.5', 'float', 0.5],
  ['1.', 'float', 1],
  ['1e3', 'float', 1000],
  ['1E3', 'float', 1000],
  ['1.5e-3', 'float', 0.0015],
  ['1e3_0', 'float', 1e30],
  ['08', 'float', 8],
  ['09.5', 'float', 9.5],
  ['.5_5', 'float', 0.55],
  ['99999999999999999999', 'float', 1e20],
  ['-9223372036854775809', 'float', -9223372036854775809],
  ['.inf', 'float', Infinity],
  ['+.INF', 'float', Infinity],
  ['-.Inf', 'float', -Infinity],
  ['.nan', 'float', NaN],
  ['.NaN', 'float', NaN],
  // Not numbers for go-yaml.
  ['1e400', 'str', '1e400'],
  ['.5e400', 'str', '.5e400'],
  ['-0xFFFFFFFFFFFFFFFFFF', 'str', '-0xFFFFFFFFFFFFFFFFFF'],
  ['._5', 'str', '._5'],
  ['.5_', 'str', '.5_'],
  ['.e3', 'str', '.e3'],
  ['1e', 'str', '1e'],
  ['e3', 'str', 'e3'],
  ['0x', 'str', '0x'],
  ['0b', 'str', '0b'],
  ['0o', 'str', '0o'],
  ['0b102', 'str', '0b102'],
  ['_1', 'str', '_1'],
  ['.Inf.', 'str', '.Inf.'],
  ['inf', 'str', 'inf'],
  ['NaN', 'str', 'NaN'],
  ['200m', 'str', '200m'],
  ['250Mi', 'str', '250Mi'],
  // Sexagesimal numbers and the value key are strings for go-yaml v2.
  ['1:20', 'str', '1:20'],
  ['190:20:30', 'str', '190:20:30'],
  ['=', 'str', '='],
  ['<<', 'str', '<<'],
  // Timestamps (decoded by go-yaml v2 as their text).
  ['2001-12-14', 'timestamp', '2001-12-14'],
  ['2001-1-2', 'timestamp', '2001-1-2'],
  ['2000-02-29', 'timestamp', '2000-02-29'],
  ['2001-12-14t21:59:43.10-05:00', 'timestamp', '2001-12-14t21:59:43.10-05:00'],
  ['2001-12-14T21:59:43Z', 'timestamp', '2001-12-14T21:59:43Z'],
  ['2001-12-14 21:59:43.10', 'timestamp', '2001-12-14 21:59:43.10'],
  ['2001-12-14 21:59:43,5', 'timestamp', '2001-12-14 21:59:43,5'],
  ['2001-12-14 21:59:43.10 -5', 'str', '2001-12-14 21:59:43.10 -5'],
  ['2001-12-14T21:59:43', 'str', '2001-12-14T21:59:43'],
  ['2001-02-29', 'str', '2001-02-29'],
  ['2001-13-01', 'str', '2001-13-01'],
  ['2001-12-14T24:00:00Z', 'str', '2001-12-14T24:00:00Z'],
  ['2001-12-14T21:59:43+25:00', 'str', '2001-12-14T21:59:43+25:00'],
  ['20011-12-14', 'str', '20011-12-14'],
  // Everything else.
  ['nginx:1.27', 'str', 'nginx:1.27'],
  ['é', 'str', 'é'],
  ['😀', 'str', '😀'],
];

describe('resolveYaml11Plain', () => {
  it.each(rows)('resolves %j as %s', (text, kind, value) => {
    const resolved = resolveYaml11Plain(text);
    expect(resolved.kind).toBe(kind);
    expect(resolved.value).toStrictEqual(value);
  });

  it('returns numbers for safe integers and bigints beyond', () => {
    expect(typeof resolveYaml11Plain('9007199254740991').value).toBe('number');
    expect(typeof resolveYaml11Plain('9007199254740992').value).toBe('bigint');
  });
});

describe('merge keys', () => {
  it.each([
    ['<<', true],
    ['<', false],
    ['<<<', false],
    ['', false],
  ] as const)('isYaml11MergeKey(%j) is %s', (text, expected) => {
    expect(isYaml11MergeKey(text)).toBe(expected);
  });
});

describe('plainReadsAsString', () => {
  it.each([
    ['', 'value', false],
    ['web', 'value', true],
    ['yes', 'value', false],
    ['yes', 'key', false],
    ['0o17', 'value', false],
    ['1:20', 'value', true],
    ['<<', 'value', true],
    ['<<', 'key', false],
    ['2001-12-14', 'key', false],
  ] as const)('%j as a %s: %s', (text, role, expected) => {
    expect(plainReadsAsString(text, role)).toBe(expected);
  });
});
