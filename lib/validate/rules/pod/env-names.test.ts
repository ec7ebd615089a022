import { describe, expect, it } from 'vitest';
import { checkConfigMapKey, checkEnvVarName } from './env-names';

describe('checkEnvVarName', () => {
  it.each([
    ['MY_VAR', 31, true], ['my.env-name', 31, true], ['_x', 31, true], ['1X', 31, false], ['A B', 31, false], ['.', 31, false], ['..x', 31, false],
    ['1X', 32, true], ['A B', 32, true], ['A=B', 32, false], ['tab\t', 32, false], ['é', 32, false],
  ])('%j on 1.%i is valid: %s', (name, minor, valid) => {
    expect(checkEnvVarName(name, minor) === undefined).toBe(valid);
  });
});

describe('checkConfigMapKey', () => {
  it.each([['key.name', true], ['KEY_NAME', true], ['a/b', false], ['..', false], ['..a', false], ['k'.repeat(254), false]])('%j is valid: %s', (value, valid) => {
    expect(checkConfigMapKey(value) === undefined).toBe(valid);
  });
});
