import { describe, expect, it } from 'vitest';
import { BAIL } from './bail';
import { scanBlockScalar } from './block-scalar';

/** Reads the block scalar after `key: ` on the first line of `text`, owned by a mapping at column 0. */
function read(text: string): { value: string; rest: string } {
  const header = text.indexOf(': ') + 2;
  const lineBreak = text.indexOf('\n');
  const next = lineBreak === -1 ? text.length : lineBreak + 1;
  const lineEnd = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
  const result = scanBlockScalar(text, header, lineEnd, next, text.length, 0);
  return { value: result.value, rest: text.slice(result.next) };
}

describe('scanBlockScalar', () => {
  it.each([
    ['an empty literal', 'k: |\nnext: 1\n', ''],
    ['a literal', 'k: |\n  one\n  two\n', 'one\ntwo\n'],
    ['a literal without a final line break', 'k: |\n  one', 'one\n'],
    ['a stripped literal', 'k: |-\n  one\n\n', 'one'],
    ['a kept literal', 'k: |+\n  one\n\n\n', 'one\n\n\n'],
    ['a clipped literal with trailing empty lines', 'k: |\n  one\n\n\n', 'one\n'],
    ['a literal with leading empty lines', 'k: |\n\n  one\n', '\none\n'],
    ['deeper lines kept with their extra spaces', 'k: |\n  a\n    b\n  c\n', 'a\n  b\nc\n'],
    ['lines of spaces deeper than the text', 'k: |\n  a\n    \n  b\n', 'a\n  \nb\n'],
    ['a comment-like line as text', 'k: |\n  # not a comment\n', '# not a comment\n'],
    ['a header comment', 'k: | # note\n  a\n', 'a\n'],
    ['a folded scalar', 'k: >\n  one\n  two\n\n  three\n', 'one two\nthree\n'],
    ['a folded scalar with several empty lines', 'k: >-\n  a\n\n\n  b\n', 'a\n\nb'],
    ['Windows line ends', 'k: |\r\n  a\r\n  b\r\n', 'a\nb\n'],
  ])('reads %s', (_, text, value) => {
    expect(read(text).value).toBe(value);
  });

  it('stops at the first less indented line', () => {
    expect(read('k: |\n  a\nnext: 1\n')).toEqual({ value: 'a\n', rest: 'next: 1\n' });
  });

  it.each([
    ['an indentation indicator', 'k: |2\n  a\n'],
    ['text after the header', 'k: | a\n'],
    ['a comment without a space', 'k: |#\n  a\n'],
    ['a tab in the indentation', 'k: |\n  a\n \tb\n'],
    ['a leading empty line deeper than the text', 'k: |\n     \n  a\n'],
    ['an empty kept scalar', 'k: |+\n\nnext: 1\n'],
    ['a folded line that starts with a space', 'k: >\n  a\n   b\n'],
  ])('gives up on %s', (_, text) => {
    expect(() => read(text)).toThrow(expect.objectContaining(BAIL));
  });
});
