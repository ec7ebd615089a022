import { describe, expect, it } from 'vitest';
import { rangeOf } from './ranges';

describe('rangeOf', () => {
  it.each([
    [[], undefined],
    [[false, false], undefined],
    [[true, true], { since: 0 }],
    [[false, true], { since: 1 }],
    [[true, false], { since: 0, until: 1 }],
    [[false, true, true, false], { since: 1, until: 3 }],
  ])('%j -> %j', (present, expected) => {
    expect(rangeOf(present, 'x')).toEqual(expected);
  });

  it('throws on a gap', () => {
    expect(() => rangeOf([true, false, true], 'field f')).toThrow('field f disappears and comes back across versions');
  });
});
