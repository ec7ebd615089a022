import { describe, expect, it } from 'vitest';
import { findRunawayNesting } from './nesting-guard';

const find = (text: string, maxDepth = 3) => findRunawayNesting(text, 0, text.length, maxDepth);

describe('findRunawayNesting', () => {
  it.each([
    ['the empty text', ''],
    ['nesting up to the limit', 'a: [[[1]]]\nb: {c: {d: [e]}}\n'],
    ['closed brackets one after the other', 'a: [[1]] [[2]] [[[3]]]'],
    ['brackets in double quotes', 'a: "[[[[[["\n'],
    ['brackets in single quotes', "a: '{{{{{'\n"],
    ['brackets in comments', 'a: 1 # [[[[[[\n'],
    ['dashes up to the limit', '- - - x\n'],
    ['dashes inside values', 'a: - - - - -\n'],
    ['an apostrophe in a word', "a: it's [[[1]]]\n"],
  ])('passes %s', (_, text) => {
    expect(find(text)).toBe(-1);
  });

  it.each([
    ['flow sequences', 'a: [[[[1]]]]', 6],
    ['flow mappings', 'a: {a: {b: {c: {d: 1}}}}', 15],
    ['mixed flow collections over lines', 'a: [\n {\n  [\n   {\n', 15],
    ['compact nested sequences', '- - - - x\n', 6],
  ])('finds %s nested too deep', (_, text, offset) => {
    expect(find(text)).toBe(offset);
  });

  it('scans only its span', () => {
    const text = '[[[[[[\n---\na: 1\n';
    expect(findRunawayNesting(text, 7, text.length, 3)).toBe(-1);
  });
});
