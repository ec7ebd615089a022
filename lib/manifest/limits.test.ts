import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, formatByteSize, resolveReadLimits } from './limits';

describe('read limits', () => {
  it('default to 64 MiB per file, 1000 levels of nesting and half a million objects per file', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({ maxFileBytes: 64 * 1024 * 1024, maxDepth: 1000, maxObjectsPerFile: 500_000 });
    expect(resolveReadLimits()).toEqual(DEFAULT_READ_LIMITS);
  });

  it('keep what is given', () => {
    expect(resolveReadLimits({ maxDepth: 5 })).toEqual({ ...DEFAULT_READ_LIMITS, maxDepth: 5 });
  });

  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [64 * 1024 * 1024, '64 MiB'],
    [3 * 1024 ** 3, '3 GiB'],
  ])('formats %i as %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});
