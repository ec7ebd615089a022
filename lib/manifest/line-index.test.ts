import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('places every offset of the empty text at 1:1', () => {
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
  });

  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [6, 2, 4],
    [7, 3, 1],
  ])('places offset %i at %i:%i', (offset, line, column) => {
    expect(new LineIndex('ab\ncd\r\nx').position(offset)).toEqual({ line, column });
  });

  it('breaks lines at a lone carriage return too, as YAML does', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    expect([2, 5, 7].map((offset) => index.position(offset))).toEqual([
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-4)).toEqual({ line: 1, column: 1 });
    expect(index.position(99)).toEqual({ line: 2, column: 3 });
  });
});
