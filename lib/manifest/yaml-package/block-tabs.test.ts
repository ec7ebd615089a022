import { Parser } from 'yaml';
import { describe, expect, it } from 'vitest';
import { firstBlockTab } from './block-tabs';

const firstTab = (text: string): number => {
  for (const token of new Parser().parse(text)) if (token.type === 'document') return firstBlockTab(token.value);
  return -1;
};

describe('firstBlockTab: tabs go-yaml v2 refuses in block collections', () => {
  it.each([
    ['a tab after :', 'a:\tx\n', 2],
    ['a space and a tab after :', 'a: \tx\n', 3],
    ['a tab ending a line after :', 'a:\t\n  b: x\n', 2],
    ['a tab after : in a nested mapping', 'a:\n  b:\tx\n', 7],
    ['a line of a tab between entries', 'a: x\n\t\nb: y\n', 5],
    ['a tab before a comment at the start of a line', 'a: x\n\t# c\nb: y\n', 5],
    ['a tab after - before a flow value', '- a\n- \t[b]\n', 6],
  ])('refuses %s', (_, text, offset) => {
    expect(firstTab(text)).toBe(offset);
  });

  it.each([
    ['a tab after a plain value, before a comment', 'a: x\t# c\n'],
    ['a tab ending a line after a value', 'a: x\t\n'],
    ['a tab after a quoted value', 'a: "x"\t\n'],
    ['a tab before :', 'a\t: x\n'],
    ['tabs in a flow collection', 'a: {b:\tc,\t d: [e,\tf]}\n'],
    ['a tab inside quotes', 'a: "x\ty"\n'],
    ['a tab in a block scalar', 'a: |\n  x\ty\n'],
    ['no tab', 'a:\n- b: c\n'],
  ])('accepts %s', (_, text) => {
    expect(firstTab(text)).toBe(-1);
  });
});
