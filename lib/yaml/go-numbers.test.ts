import { describe, expect, it } from 'vitest';
import { goParseBigUnsigned, goParseDecimalFloat, goParseInt, goParseUint } from './go-numbers';

describe('goParseUint (strconv.ParseUint)', () => {
  it.each([
    ['', 0, { ok: false, error: 'syntax' }],
    ['0', 0, { ok: true, value: 0n }],
    ['0x', 0, { ok: false, error: 'syntax' }],
    ['0xff', 0, { ok: true, value: 255n }],
    ['0O17', 0, { ok: true, value: 15n }],
    ['017', 0, { ok: true, value: 15n }],
    ['018', 0, { ok: false, error: 'syntax' }],
    ['-1', 0, { ok: false, error: 'syntax' }],
    ['18446744073709551615', 0, { ok: true, value: 18446744073709551615n }],
    ['18446744073709551616', 0, { ok: false, error: 'range' }],
    // Go reports the overflow before it sees the bad character.
    ['99999999999999999999x', 0, { ok: false, error: 'range' }],
    ['101', 2, { ok: true, value: 5n }],
    ['102', 2, { ok: false, error: 'syntax' }],
  ] as const)('%j in base %d', (text, base, expected) => {
    expect(goParseUint(text, base)).toStrictEqual(expected);
  });
});

describe('goParseInt (strconv.ParseInt)', () => {
  it.each([
    ['', { ok: false, error: 'syntax' }],
    ['+', { ok: false, error: 'syntax' }],
    ['-0x1F', { ok: true, value: -31n }],
    ['9223372036854775807', { ok: true, value: 9223372036854775807n }],
    ['9223372036854775808', { ok: false, error: 'range' }],
    ['-9223372036854775808', { ok: true, value: -9223372036854775808n }],
    ['-9223372036854775809', { ok: false, error: 'range' }],
    ['--1', { ok: false, error: 'syntax' }],
  ] as const)('%j', (text, expected) => {
    expect(goParseInt(text, 0)).toStrictEqual(expected);
  });
});

describe('goParseBigUnsigned (big.Int.SetString base 0)', () => {
  it.each([
    ['', undefined],
    ['0', 0n],
    ['0777', 511n],
    ['0o777', 511n],
    ['0XFF', 255n],
    ['0b11', 3n],
    ['08', undefined],
    ['-1', undefined],
  ] as const)('%j', (text, expected) => {
    expect(goParseBigUnsigned(text)).toStrictEqual(expected);
  });
});

describe('goParseDecimalFloat (strconv.ParseFloat)', () => {
  it.each([
    ['', undefined],
    ['.', undefined],
    ['.5', 0.5],
    ['-1.5e3', -1500],
    ['1_0.5', 10.5],
    ['1__0', undefined],
    ['_1', undefined],
    ['1_', undefined],
    ['1_.5', undefined],
    ['1e_3', undefined],
    ['1e3_0', 1e30],
    ['1e', undefined],
    ['e3', undefined],
    ['1e400', undefined],
    ['1e-400', 0],
    ['0x1p3', undefined],
    ['Inf', undefined],
  ] as const)('%j', (text, expected) => {
    expect(goParseDecimalFloat(text)).toBe(expected);
  });
});
