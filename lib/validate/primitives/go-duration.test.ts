import { describe, expect, it } from 'vitest';
import { isGoDuration } from './go-duration';

describe('isGoDuration', () => {
  it.each(['0', '-0', '1s', '1h30m', '1.5h', '.5s', '1.s', '300ms', '2us', '2\u00b5s', '2\u03bcs', '10ns', '+1m', '1h1m1s'])('accepts %j', (text) =>
    expect(isGoDuration(text)).toBe(true),
  );
  it.each(['', '1', '1d', 'h', '.s', '.', '1 h', '1hm', '1.5.5h', '--1s'])('rejects %j', (text) => expect(isGoDuration(text)).toBe(false));
});
