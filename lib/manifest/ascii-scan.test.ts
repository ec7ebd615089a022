import { describe, expect, it } from 'vitest';
import { firstForbiddenAscii, hasMarkerLineAscii } from './ascii-scan';
import { firstForbiddenCharacter } from './decode-text';
import { needsWholeStream } from './split-documents';

/** The bytes of `text` at `offset` bytes into a larger buffer, so that words start anywhere in the text. */
function bytesAt(text: string, offset: number): Uint8Array {
  const buffer = Buffer.alloc(offset + text.length + 3, 0x61);
  buffer.write(text, offset, 'latin1');
  return buffer.subarray(offset, offset + text.length);
}

/** A random text of pieces that matter to the scans. */
function randomText(random: () => number): string {
  const parts = ['a', 'key: value', ' ', '\n', '\t', '\r\n', '%', '...', '.', '---', '\u0000', '\u0001', '\u000b', '\u001b', '\u001f', '\u007f', '~', ' '];
  let text = '';
  const length = Math.floor(random() * 40);
  for (let i = 0; i < length; i++) text += parts[Math.floor(random() * (random() < 0.8 ? 5 : parts.length))];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('firstForbiddenAscii', () => {
  it.each(['', 'a: b\tc\r\n', 'plain text of some length, longer than a word\n'])('accepts %j', (text) => {
    expect(firstForbiddenAscii(bytesAt(text, 0), 0, text.length)).toBe(-1);
  });

  it.each(['\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f'])('finds %j at every offset', (char) => {
    for (let at = 0; at < 9; at++) {
      const text = `${'x'.repeat(at)}${char}yz\n`;
      for (let offset = 0; offset < 4; offset++) expect(firstForbiddenAscii(bytesAt(text, offset), 0, text.length)).toBe(at);
    }
  });

  it('looks only between start and end', () => {
    const codes = bytesAt('\u0001abcdefgh\u0001', 1);
    expect(firstForbiddenAscii(codes, 1, 9)).toBe(-1);
    expect(firstForbiddenAscii(codes, 1, 10)).toBe(9);
  });

  it('agrees with the regular expression on random text', () => {
    const random = seeded(7);
    for (let run = 0; run < 2000; run++) {
      const text = randomText(random);
      expect(firstForbiddenAscii(bytesAt(text, run % 4), 0, text.length)).toBe(firstForbiddenCharacter(text));
    }
  });
});

describe('hasMarkerLineAscii', () => {
  it.each([
    ['%YAML 1.1\n---\n', true],
    ['a: 1\n%TAG x\n', true],
    ['a: 1\n...\n', true],
    ['a: 1\n...', true],
    ['a: 1\n... # end\n', true],
    ['a: 1\n....\n', false],
    ['a: 1\n.. .\n', false],
    ['a: ...\n b: %\n', false],
  ])('says of %j: %s', (text, expected) => {
    expect(hasMarkerLineAscii(Buffer.from(text, 'latin1'))).toBe(expected);
  });

  it('agrees with needsWholeStream on random text without carriage returns', () => {
    const random = seeded(11);
    for (let run = 0; run < 2000; run++) {
      const text = randomText(random).replace(/\r/g, '');
      expect(hasMarkerLineAscii(Buffer.from(text, 'latin1'))).toBe(needsWholeStream(text));
    }
  });
});
