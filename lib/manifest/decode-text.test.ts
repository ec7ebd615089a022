import { describe, expect, it } from 'vitest';
import { decodeManifestBytes, findForbiddenCharacter } from './decode-text';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeManifestBytes', () => {
  it('decodes no bytes to the empty text', () => {
    expect(decodeManifestBytes(bytes())).toEqual({ text: '', asciiBytes: Buffer.alloc(0) });
  });

  it('gives the bytes of ASCII text after its byte order mark, and no bytes for other text', () => {
    const input = Buffer.from('\ufeffname: web\n');
    const result = decodeManifestBytes(input);
    expect(result).toEqual({ text: 'name: web\n', asciiBytes: input.subarray(3) });
    expect('text' in result && result.asciiBytes?.buffer).toBe(input.buffer);
    expect(decodeManifestBytes(Buffer.from('name: é'))).toEqual({ text: 'name: é' });
  });

  it('decodes UTF-8 and drops its byte order mark', () => {
    expect(decodeManifestBytes(Buffer.from('\ufeffname: é'))).toEqual({ text: 'name: é' });
  });

  it.each([
    ['little', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1', 'utf16le')])],
    ['big', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a: 1', 'utf16le').swap16()])],
  ])('decodes UTF-16 %s endian after its byte order mark', (_, input) => {
    expect(decodeManifestBytes(input)).toEqual({ text: 'a: 1' });
  });

  it('refuses invalid UTF-8 with the position of the first bad byte', () => {
    const result = decodeManifestBytes(Buffer.concat([Buffer.from('a: 1\nb: é'), bytes(0xff, 0x00)]));
    expect(result).toMatchObject({ failure: { ruleId: 'yaml/invalid-encoding', position: { line: 2, column: 5 } } });
    expect('failure' in result && result.failure.message).toContain('0xFF');
  });

  it('refuses a truncated multi-byte character', () => {
    expect(decodeManifestBytes(bytes(0x61, 0xe2, 0x82))).toMatchObject({ failure: { ruleId: 'yaml/invalid-encoding', position: { line: 1, column: 2 } } });
  });

  it('refuses an odd-length UTF-16 text', () => {
    expect(decodeManifestBytes(bytes(0xff, 0xfe, 0x61))).toMatchObject({ failure: { ruleId: 'yaml/invalid-encoding' } });
  });
});

describe('findForbiddenCharacter', () => {
  it.each(['', 'a: b\tc\r\n', 'a: \u0085 é 日本 \u{1f600}'])('accepts %j', (text) => {
    expect(findForbiddenCharacter(text)).toBeUndefined();
  });

  it('names a NUL character as binary data, with its position', () => {
    const failure = findForbiddenCharacter('a: 1\nb: x\u0000y');
    expect(failure).toMatchObject({ ruleId: 'yaml/invalid-character', position: { line: 2, column: 5 } });
    expect(failure?.message).toContain('binary');
  });

  it.each(['\u0001', '\u001b', '\u007f', '\u0090', '\ufffe'])('refuses the control character %j', (char) => {
    expect(findForbiddenCharacter(`key: ${char}`)).toMatchObject({ ruleId: 'yaml/invalid-character', position: { line: 1, column: 6 } });
  });
});
