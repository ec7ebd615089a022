import { describe, expect, it } from 'vitest';
import { isGoYamlTimestamp } from './yaml11-timestamp';

describe('isGoYamlTimestamp', () => {
  it.each([
    ['', false],
    ['2001', false],
    ['2001-', false],
    ['2001-1-2', true],
    ['2001-01-02', true],
    ['2001-001-02', false],
    ['2001-1-2x', false],
    ['2001-00-10', false],
    ['2001-04-31', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2004-02-29', true],
    ['2001-12-14T21:59:43Z', true],
    ['2001-12-14t21:59:43.123456789+05:30', true],
    ['2001-12-14T1:2:3-24:60', true],
    ['2001-12-14T21:59:43', false],
    ['2001-12-14 21:59:43', true],
    ['2001-12-14 21:59:43,25', true],
    ['2001-12-14 21:59:43Z', false],
    ['2001-12-14  21:59:43', false],
    ['2001-12-14T23:59:59Z', true],
    ['2001-12-14T24:00:00Z', false],
    ['2001-12-14T21:60:00Z', false],
    ['2001-12-14T21:59:60Z', false],
    ['2001-12-14T21:59:43.Z', false],
    ['2001-12-14T21:59:43+5', false],
    ['2001-12-14T21:59:43+25:00', false],
    ['2001-12-14T21:59:43+05:61', false],
  ] as const)('%j: %s', (text, expected) => {
    expect(isGoYamlTimestamp(text)).toBe(expected);
  });
});
