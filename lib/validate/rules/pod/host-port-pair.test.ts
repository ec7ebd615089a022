import { describe, expect, it } from 'vitest';
import { isHostPortPair } from './host-port-pair';

describe('isHostPortPair', () => {
  it.each([
    ['host:80', true],
    [':80', true],
    ['host:', true],
    ['[::1]:80', true],
    ['host', false],
    ['a:b:c', false],
    ['[::1]', false],
    ['[::1]x:80', false],
    ['ho[st:80', false],
    ['host:8]0', false],
  ])('%s', (value, expected) => {
    expect(isHostPortPair(value)).toBe(expected);
  });
});
