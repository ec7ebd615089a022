import { describe, expect, it } from 'vitest';
import { Utf8Writer } from './utf8-writer';

function written(pieces: readonly string[], capacity = 0): Utf8Writer {
  const writer = new Utf8Writer(capacity);
  for (const piece of pieces) {
    writer.write(piece);
  }
  return writer;
}

describe('Utf8Writer.write', () => {
  it.each([
    [[], '', 0],
    [[''], '', 0],
    [['a', 'b: ', 'c\n'], 'ab: c\n', 6],
    [['é'], 'é', 2],
    [['日本'], '日本', 6],
    [['😀'], '😀', 4],
    [['a😀b', 'ç'], 'a😀bç', 8],
    [['\u0085\u2028\uffff'], '\u0085\u2028\uffff', 8],
  ])('%j', (pieces, text, bytes) => {
    const writer = written(pieces);
    expect(writer.toString()).toBe(text);
    expect(writer.size).toBe(bytes);
    expect(writer.size).toBe(Buffer.byteLength(text));
  });

  it('grows past its capacity without losing text', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `line ${i} é😀\n`);
    expect(written(pieces, 16).toString()).toBe(pieces.join(''));
  });

  it('keeps the text when room is reserved', () => {
    const writer = written(['abc'], 4);
    writer.reserve(1000);
    writer.write('def');
    expect(writer.toString()).toBe('abcdef');
  });
});

describe('Utf8Writer.writeNumber', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [7, '7'],
    [10, '10'],
    [999999999, '999999999'],
    [1e9, '1000000000'],
    [-1, '-1'],
    [0.5, '0.5'],
    [1e21, '1e+21'],
    [2 ** 53 + 2, '9007199254740994'],
  ])('%d as %s', (value, text) => {
    const writer = new Utf8Writer(0);
    writer.write('n: ');
    writer.writeNumber(value);
    expect(writer.toString()).toBe(`n: ${text}`);
  });
});
