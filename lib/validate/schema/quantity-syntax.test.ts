import { describe, expect, it } from 'vitest';
import { isQuantityString } from './quantity-syntax';

describe('isQuantityString', () => {
  it.each(['0', '1', '100m', '0.5', '.5', '1.', '1.G', '+1', '-1', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei', '1n', '1u', '1m', '1k', '1M', '1G', '1T', '1P', '1E', '1e3', '1E3', '1e-3', '1e+3', '5.5e2'])(
    'accepts %s',
    (text) => expect(isQuantityString(text)).toBe(true),
  );

  it.each(['.', 'm', '+', '-', 'E'])('accepts %j as the API server does (it reads 0)', (text) => expect(isQuantityString(text)).toBe(true));

  it.each(['', ' 1', '1 ', '1K', '1ki', '1mi', '1e', '1e1.5', '1.2.3', '1Gib', '--1', '1,000', '1_000', 'one', '0x10'])('rejects %j', (text) =>
    expect(isQuantityString(text)).toBe(false),
  );
});
