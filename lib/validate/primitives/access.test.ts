import { describe, expect, it } from 'vitest';
import { get, ownValue } from './access';

describe('ownValue', () => {
  it('reads own properties of any value, null included', () => {
    const record = { a: 1, b: null, c: 'x', d: { e: 2 }, f: [1] };
    expect(ownValue(record, 'a')).toBe(1);
    expect(ownValue(record, 'b')).toBeNull();
    expect(ownValue(record, 'd')).toEqual({ e: 2 });
    expect(ownValue(record, 'missing')).toBeUndefined();
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', '__defineGetter__'])('never reads the inherited %s', (key) => {
    expect(ownValue({}, key)).toBeUndefined();
    expect(get({}, key)).toBeUndefined();
  });

  it('reads own keys that shadow inherited ones', () => {
    const record = JSON.parse('{"constructor": "c", "toString": 1, "__proto__": {"polluted": "yes"}}');
    expect(ownValue(record, 'constructor')).toBe('c');
    expect(ownValue(record, 'toString')).toBe(1);
    expect(ownValue(record, '__proto__')).toEqual({ polluted: 'yes' });
    expect(ownValue(record, 'polluted')).toBeUndefined();
  });

  it('works on objects without a prototype', () => {
    const record = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(ownValue(record, 'a')).toBe(1);
    expect(ownValue(record, 'constructor')).toBeUndefined();
  });
});
