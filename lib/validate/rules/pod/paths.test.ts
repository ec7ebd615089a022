import { describe, expect, it } from 'vitest';
import { checkLocalDescendingPath, checkLocalNonReservedPath, hasBacksteps, isFileMode } from './paths';

describe('paths', () => {
  it.each([['a/b', false], ['..', true], ['a/../b', true], ['a\\..\\b', false], ['a\\b/../c', true], ['..a', false], ['a..b', false]])('hasBacksteps(%j) is %s', (path, expected) => {
    expect(hasBacksteps(path)).toBe(expected);
  });

  it.each([['a/b', true], ['/a', false], ['a/..', false], ['..data', true]])('checkLocalDescendingPath(%j) valid: %s', (path, valid) => {
    expect(checkLocalDescendingPath(path) === undefined).toBe(valid);
  });

  it.each([['a/b', true], ['/a', false], ['../a', false], ['..data', false], ['a..', true]])('checkLocalNonReservedPath(%j) valid: %s', (path, valid) => {
    expect(checkLocalNonReservedPath(path) === undefined).toBe(valid);
  });

  it.each([[0, true], [0o644, true], [0o777, true], [0o1000, false], [-1, false]])('isFileMode(%i) is %s', (mode, expected) => {
    expect(isFileMode(mode)).toBe(expected);
  });
});
