import { describe, expect, it } from 'vitest';
import { median, medianOfInTurn, type ProcessRun } from './measure';

describe('medianOfInTurn', () => {
  it('warms each measure up once, then runs them in turn, and returns their medians in order', () => {
    const calls: string[] = [];
    const counter = (name: string, times: number[]) => (): ProcessRun => {
      calls.push(name);
      return { ms: times[calls.filter((call) => call === name).length - 1], maxRssKb: 10 };
    };
    const medians = medianOfInTurn(3, [counter('a', [99, 5, 1, 3]), counter('b', [99, 20, 40, 30])]);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(medians).toEqual([
      { ms: 3, maxRssKb: 10 },
      { ms: 30, maxRssKb: 10 },
    ]);
  });

  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
