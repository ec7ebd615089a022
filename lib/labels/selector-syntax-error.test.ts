import { describe, expect, it } from 'vitest';
import { SelectorSyntaxError } from './selector-syntax-error';

describe('SelectorSyntaxError', () => {
  it('shows the selector, the 1-based column and what was expected', () => {
    const error = new SelectorSyntaxError('env in (a', 9, "')'");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SelectorSyntaxError');
    expect(error.message).toBe(`invalid label selector "env in (a": expected ')' at column 10`);
    expect([error.column, error.expected, error.found, error.detail]).toEqual([10, "')'", undefined, undefined]);
  });

  it('adds what was found and why it does not fit', () => {
    const error = new SelectorSyntaxError('-env', 0, 'a valid label key', '-env', 'name part must start alphanumeric');
    expect(error.message).toBe(`invalid label selector "-env": expected a valid label key at column 1, found '-env': name part must start alphanumeric`);
  });

  it('counts columns in characters and escapes the selector', () => {
    expect(new SelectorSyntaxError('\u{1F600}=\n', 3, 'a value').message).toBe(`invalid label selector "\u{1F600}=\\n": expected a value at column 3`);
  });
});
