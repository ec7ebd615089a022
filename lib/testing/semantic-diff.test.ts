import { describe, expect, it } from 'vitest';
import { semanticDiff } from './semantic-diff';

describe('semanticDiff', () => {
  it.each([
    ['equal scalars', 1, 1, []],
    ['null and null', null, null, []],
    ['empty objects', {}, {}, []],
    ['key order is irrelevant', { a: 1, b: 2 }, { b: 2, a: 1 }, []],
    ['null field equals absent field', { volumes: null, a: 1 }, { a: 1 }, []],
  ])('%s: no difference', (_name, expected, actual, differences) => {
    expect(semanticDiff(expected, actual)).toEqual(differences);
  });

  it('reports added, missing and changed fields with their paths', () => {
    expect(
      semanticDiff(
        { spec: { containers: [{ name: 'a', image: 'x', command: ['sleep', '10000'] }] } },
        { spec: { containers: [{ name: 'a', imagePullPolicy: 'Always', command: ['sleep', 10000] }] } },
      ),
    ).toEqual([
      { path: 'spec.containers[0].command[1]', kind: 'changed', expected: '10000', actual: 10000 },
      { path: 'spec.containers[0].image', kind: 'missing', expected: 'x' },
      { path: 'spec.containers[0].imagePullPolicy', kind: 'added', actual: 'Always' },
    ]);
  });

  it('reports extra and missing list items and quotes odd keys', () => {
    expect(semanticDiff({ l: [1], m: { 'app.kubernetes.io/name': 'a' } }, { l: [1, 2], m: {} })).toEqual([
      { path: 'l[1]', kind: 'added', actual: 2 },
      { path: 'm["app.kubernetes.io/name"]', kind: 'missing', expected: 'a' },
    ]);
    expect(semanticDiff([1, 2], [1])).toEqual([{ path: '[1]', kind: 'missing', expected: 2 }]);
  });

  it('compares a scalar with an object as changed', () => {
    expect(semanticDiff({ a: { b: 1 } }, { a: 'b' })).toEqual([{ path: 'a', kind: 'changed', expected: { b: 1 }, actual: 'b' }]);
  });
});
