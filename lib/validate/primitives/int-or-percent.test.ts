import { describe, expect, it } from 'vitest';
import { checkIntOrPercent, intOrPercentValue, isOver100Percent } from './int-or-percent';

describe('int-or-percent', () => {
  it.each<[unknown, boolean, number, boolean]>([
    [0, true, 0, false],
    [3, true, 3, false],
    [-1, false, -1, false],
    ['25%', true, 25, false],
    ['0%', true, 0, false],
    ['150%', true, 150, true],
    ['25', false, 25, false],
    ['abc', false, 0, false],
    ['-5%', false, 0, false],
    ['2.5%', false, 0, false],
  ])('%j: valid %s, value %i, over 100%% %s', (value, valid, number, over) => {
    expect(checkIntOrPercent(value) === undefined).toBe(valid);
    expect(intOrPercentValue(value)).toBe(number);
    expect(isOver100Percent(value)).toBe(over);
  });
});
