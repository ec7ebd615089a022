import { describe, expect, it } from 'vitest';
import { findSurrogateEscape } from './surrogate-escapes';

describe('findSurrogateEscape: \\u and \\U escapes go-yaml v2 refuses', () => {
  it.each([
    ['"plain"', undefined],
    ['"\\u00e9 \\U0001F600"', undefined],
    ['"\\ud7ff \\ue000 \\uFFFD"', undefined],
    ['"\\ud800"', { at: 1, codePoint: 0xd800 }],
    ['"a\\uDFFF"', { at: 2, codePoint: 0xdfff }],
    ['"\\ud83d\\ude00"', { at: 1, codePoint: 0xd83d }],
    ['"\\U0000D800"', { at: 1, codePoint: 0xd800 }],
    ['"\\\\ud800"', undefined],
    ['"\\\\\\ud800"', { at: 3, codePoint: 0xd800 }],
    ['"\\uZZZZ"', undefined],
    ['"x\\\n  \\udc00"', { at: 6, codePoint: 0xdc00 }],
  ])('%s → %j', (raw, expected) => {
    expect(findSurrogateEscape(raw)).toEqual(expected);
  });
});
