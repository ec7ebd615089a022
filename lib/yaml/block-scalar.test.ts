import { describe, expect, it } from 'vitest';
import { literalBlock } from './block-scalar';

describe('literalBlock', () => {
  it.each([
    // Chomping: strip, clip, keep.
    ['a\nb', '  ', '|-\n  a\n  b'],
    ['a\nb\n', '  ', '|\n  a\n  b'],
    ['a\nb\n\n', '  ', '|+\n  a\n  b\n'],
    ['a\n', '    ', '|\n    a'],
    // Indentation indicator for leading spaces (and, deviation 5, a leading tab).
    ['  a\nb', '  ', '|2-\n    a\n  b'],
    ['\n  a', '  ', '|2-\n  \n    a'],
    ['\ta\nb', '  ', '|2-\n  \ta\n  b'],
    ['a\n\tb', '  ', '|-\n  a\n  \tb'],
    // Lines with trailing spaces, and blank lines inside.
    ['a \n\nb', '  ', '|-\n  a \n\n  b'],
    // Deviation 5: at the root, lines are indented by two spaces.
    ['a\nb', '', '|-\n  a\n  b'],
    [' a\nb', '', '|2-\n   a\n  b'],
  ])('%j at indent %j', (value, indent, expected) => {
    expect(literalBlock(value, indent)).toBe(expected);
  });

  it.each([
    ['a\n  ', '"a\\n  "'],
    ['a\n\t', '"a\\n\\t"'],
    // Deviation 5: only blank lines holding spaces; a block would lose the spaces.
    [' \n', '"\\ \\n"'],
    ['\t\n\n', '"\\t\\n\\n"'],
  ])('quotes %j, which a block cannot keep', (value, expected) => {
    expect(literalBlock(value, '  ')).toBe(expected);
  });
});
