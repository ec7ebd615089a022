import { describe, expect, it } from 'vitest';
import { UsageError, formatUsageError } from './usage-error';

describe('formatUsageError', () => {
  it('points at the command help', () => {
    expect(formatUsageError(new UsageError("unknown option '--x'", 'validate'))).toBe("podsmith: unknown option '--x'\nrun 'podsmith validate --help' for usage\n");
  });

  it('points at the main help for podsmith itself', () => {
    expect(formatUsageError(new UsageError("unknown command 'x'", ''))).toBe("podsmith: unknown command 'x'\nrun 'podsmith --help' for usage\n");
  });
});
