import { describe, expect, it } from 'vitest';
import type { PositionNode } from '../position-tree';
import { BAIL } from './bail';
import { FlowReader } from './flow-collections';

const read = (text: string, maxDepth = 10) => new FlowReader(text, text.length, maxDepth).collection(0, 1, undefined);

describe('FlowReader', () => {
  it.each([
    ['[]', []],
    ['{}', {}],
    ['[a, b]', ['a', 'b']],
    ['[ a , b , ]', ['a', 'b']],
    ['["sh", "-c", "sleep 1"]', ['sh', '-c', 'sleep 1']],
    ["['it''s', -1, 0755, yes, ~]", ["it's", -1, 493, true, null]],
    ['[a b, c#d]', ['a b', 'c#d']],
    ['{app: web, tier: "1"}', { app: 'web', tier: '1' }],
    ['{"a":1, \'b\': [x, {c: d}]}', { a: 1, b: ['x', { c: 'd' }] }],
  ])('reads %s', (text, value) => {
    expect(read(text)).toEqual({ value, end: text.length });
  });

  it('records the position of every item and key', () => {
    const node: PositionNode = { offset: 0 };
    new FlowReader('{a: [x, y], b: 1}', 17, 10).collection(0, 1, node);
    expect(node.entries?.get('a')?.offset).toBe(1);
    expect(node.entries?.get('a')?.items?.map((item) => item.offset)).toEqual([5, 8]);
    expect(node.entries?.get('b')?.offset).toBe(12);
  });

  it.each([
    ['a collection that continues on the next line', '[a,'],
    ['an empty item', '[a,,b]'],
    ['a leading comma', '[,a]'],
    ['a pair inside a sequence', '[a: b]'],
    ['a quoted pair inside a sequence', '["a": b]'],
    ['a key without a value', '{a}'],
    ['a key with an empty value', '{a: }'],
    ['a plain key glued to its value', '{a:1}'],
    ['a colon inside a plain scalar', '[http://x]'],
    ['a comment', '[a #c]'],
    ['a tab', '[a,\tb]'],
    ['a duplicate key', '{a: 1, a: 2}'],
    ['a __proto__ key', '{__proto__: 1}'],
    ['a key that is not a string', '{yes: 1}'],
    ['an anchor', '[&a x]'],
    ['an alias', '[*a]'],
    ['a tag', '[!t x]'],
    ['a value JSON cannot hold', '[.nan]'],
    ['a dash alone', '[-]'],
  ])('gives up on %s', (_, text) => {
    expect(() => read(text)).toThrow(expect.objectContaining(BAIL));
  });

  it('gives up beyond the depth limit', () => {
    expect(read('[[[]]]', 3)).toEqual({ value: [[[]]], end: 6 });
    expect(() => read('[[[[]]]]', 3)).toThrow(expect.objectContaining(BAIL));
  });
});
