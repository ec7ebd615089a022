import { describe, expect, it } from 'vitest';
import { arrayAt, asInt, boolAt, child, has, index, intAt, isRecord, key, recordAt, recordsAt, stringAt, stringEntries } from './access';

describe('access', () => {
  it.each([[{}, true], [null, false], [[], false], ['x', false], [3, false]])('isRecord(%j) is %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });

  it('reads values of the expected type only', () => {
    const r = { s: 'x', n: 3, f: 1.5, b: true, a: [1], o: { k: 1 }, nul: null };
    expect(stringAt(r, 's')).toBe('x');
    expect(stringAt(r, 'n')).toBeUndefined();
    expect(intAt(r, 'n')).toBe(3);
    expect(intAt(r, 'f')).toBeUndefined();
    expect(asInt(Number.NaN)).toBeUndefined();
    expect(boolAt(r, 'b')).toBe(true);
    expect(arrayAt(r, 'a')).toEqual([1]);
    expect(recordAt(r, 'o')).toEqual({ k: 1 });
    expect(recordAt(r, 'a')).toBeUndefined();
    expect(has(r, 'nul')).toBe(false);
    expect(has(r, 's')).toBe(true);
    expect(stringAt(undefined, 's')).toBeUndefined();
  });

  it('never reads inherited properties', () => {
    const r = JSON.parse('{"__proto__": {"polluted": "yes"}}');
    expect(stringAt({}, 'constructor')).toBeUndefined();
    expect(recordAt({}, 'toString')).toBeUndefined();
    expect(stringAt(r, 'polluted')).toBeUndefined();
  });

  it('keeps the indexes of object items and skips the others', () => {
    expect(recordsAt({ l: [null, { a: 1 }, 'x', { b: 2 }] }, 'l')).toEqual([{ index: 1, value: { a: 1 } }, { index: 3, value: { b: 2 } }]);
    expect(recordsAt({ l: 'x' }, 'l')).toEqual([]);
  });

  it('lists string map entries only', () => {
    expect(stringEntries({ a: 'x', b: 1, c: 'y' })).toEqual([['a', 'x'], ['c', 'y']]);
    expect(stringEntries('x')).toEqual([]);
  });

  it('builds field paths', () => {
    expect(child('', 'spec')).toBe('spec');
    expect(child('spec', 'containers')).toBe('spec.containers');
    expect(index('spec.containers', 2)).toBe('spec.containers[2]');
    expect(key('spec.nodeSelector', 'disk')).toBe('spec.nodeSelector[disk]');
  });
});
