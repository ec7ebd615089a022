import { describe, expect, it } from 'vitest';
import { CACHEABLE_LENGTH, MISS, ScalarCache, extendHash } from './scalar-cache';

const hashOf = (text: string): number => [...text].reduce((hash, char) => extendHash(hash, char.charCodeAt(0)), 0);

describe('ScalarCache', () => {
  it('misses when empty', () => {
    expect(new ScalarCache<number>().get('abc', 0, 3, hashOf('abc'))).toBe(MISS);
  });

  it('hits only the exact text it holds', () => {
    const cache = new ScalarCache<number>();
    cache.set('name', hashOf('name'), 1);
    expect(cache.get('x: name', 3, 7, hashOf('name'))).toBe(1);
    expect(cache.get('x: nam', 3, 6, hashOf('name'))).toBe(MISS);
    expect(cache.get('x: namE', 3, 7, hashOf('name'))).toBe(MISS);
  });

  it('keeps the latest of two texts in one slot', () => {
    const cache = new ScalarCache<string>();
    cache.set('a', 5, 'first');
    cache.set('b', 5 + 4096, 'second');
    expect(cache.get('a', 0, 1, 5)).toBe(MISS);
    expect(cache.get('b', 0, 1, 5)).toBe('second');
  });

  it('does not hold long texts', () => {
    const cache = new ScalarCache<number>();
    const long = 'x'.repeat(CACHEABLE_LENGTH + 1);
    cache.set(long, hashOf(long), 1);
    expect(cache.get(long, 0, long.length, hashOf(long))).toBe(MISS);
  });
});
