import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rule';
import { checkLabelMap, checkLabelSelector } from './label-checks';

function run(check: (ctx: { minor: number; report(f: Finding): void }) => void): string[] {
  const out: string[] = [];
  check({ minor: 36, report: (f) => out.push(f.fieldPath) });
  return out;
}

describe('label checks', () => {
  it('reports bad keys and values of a label map', () => {
    expect(run((ctx) => checkLabelMap({ app: 'web', 'bad key': 'x', tier: 'a b', n: 3 }, 'm', 'r/x', ctx))).toEqual(['m[bad key]', 'm[tier]']);
    expect(run((ctx) => checkLabelMap(undefined, 'm', 'r/x', ctx))).toEqual([]);
  });

  it.each([
    [{ matchLabels: { app: 'web' } }, []],
    [{ matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'b'] }] }, []],
    [{ matchExpressions: [{ key: 'app', operator: 'In' }] }, ['s.matchExpressions[0].values']],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists', values: ['a'] }] }, ['s.matchExpressions[0].values']],
    [{ matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }] }, ['s.matchExpressions[0].operator']],
    [{ matchExpressions: [{ key: '-app', operator: 'Exists' }] }, ['s.matchExpressions[0].key']],
    [{ matchExpressions: [{ key: 'app', operator: 'In', values: ['a b'] }] }, ['s.matchExpressions[0].values[0]']],
  ])('selector %j', (selector, expected) => {
    expect(run((ctx) => checkLabelSelector(selector, 's', 'r/x', ctx))).toEqual(expected);
  });
});
