import { describe, expect, it } from 'vitest';
import { isLegacyIP } from './ip';

describe('isLegacyIP', () => {
  it.each([
    ['10.0.0.1', true],
    ['010.000.000.001', true],
    ['255.255.255.255', true],
    ['256.0.0.1', false],
    ['1.2.3', false],
    ['1.2.3.4.5', false],
    ['::1', true],
    ['2001:db8::ffff', true],
    ['::ffff:1.2.3.4', true],
    ['::ffff:01.02.03.04', true],
    ['::ffff:1.2.3.256', false],
    ['fe80::1%eth0', false],
    ['', false],
    ['example.com', false],
    [' 1.2.3.4', false],
  ])('%s → %s', (value, expected) => {
    expect(isLegacyIP(value)).toBe(expected);
  });
});
