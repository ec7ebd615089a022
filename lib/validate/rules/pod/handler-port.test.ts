import { describe, expect, it } from 'vitest';
import { checkPortNumOrName, isHttpHeaderName } from './handler-port';

describe('checkPortNumOrName', () => {
  it.each([[80, true], [1, true], [65535, true], [0, false], [65536, false], ['http', true], ['HTTP', false], ['80', false], ['', false], [1.5, true], [null, true]])('%j is valid: %s', (port, valid) => {
    expect(checkPortNumOrName(port) === undefined).toBe(valid);
  });

  it.each([['X-Probe', true], ['Accept', true], ['X Probe', false], ['', false], ['X:Y', false]])('header %j is valid: %s', (name, valid) => {
    expect(isHttpHeaderName(name)).toBe(valid);
  });
});
