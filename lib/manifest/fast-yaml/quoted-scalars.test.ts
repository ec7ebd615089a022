import { describe, expect, it } from 'vitest';
import { BAIL } from './bail';
import { scanDoubleQuoted, scanQuoted, scanSingleQuoted } from './quoted-scalars';

const double = (text: string) => scanDoubleQuoted(text, 0, text.length);
const single = (text: string) => scanSingleQuoted(text, 0, text.length);

describe('scanDoubleQuoted', () => {
  it.each([
    ['""', ''],
    ['"web"', 'web'],
    ['"a # b"', 'a # b'],
    ['"tab\there"', 'tab\there'],
    ['"\\"q\\" \\\\ \\/"', '"q" \\ /'],
    ['"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ "', '\0\x07\b\t\n\v\f\r\x1b '],
    ['"\\N\\_\\L\\P"', '\x85\xa0\u2028\u2029'],
    ['"\\x41\\u00e9\\U0001F600"', 'Aé😀'],
  ])('reads %s', (text, value) => {
    expect(double(text)).toEqual({ value, end: text.length });
  });

  it('stops after the closing quote', () => {
    expect(scanDoubleQuoted('"a" # c', 0, 7)).toEqual({ value: 'a', end: 3 });
  });

  it.each(['"open', '"ends in \\', '"\\q"', '"\\x4"', '"\\uD800"', '"\\U00110000"', '"\\xZZ"'])('gives up on %s', (text) => {
    expect(() => double(text)).toThrow(expect.objectContaining(BAIL));
  });
});

describe('scanSingleQuoted', () => {
  it.each([
    ["''", ''],
    ["'web'", 'web'],
    ["'it''s'", "it's"],
    ["''''", "'"],
    ["'a \\n b'", 'a \\n b'],
  ])('reads %s', (text, value) => {
    expect(single(text)).toEqual({ value, end: text.length });
  });

  it.each(["'open", "'it''"])('gives up on %s', (text) => {
    expect(() => single(text)).toThrow(expect.objectContaining(BAIL));
  });
});

describe('scanQuoted', () => {
  it('reads either style', () => {
    expect(scanQuoted(`"a" 'b'`, 0, 7).value).toBe('a');
    expect(scanQuoted(`"a" 'b'`, 4, 7).value).toBe('b');
  });
});
