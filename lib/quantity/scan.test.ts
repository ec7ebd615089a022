import { describe, expect, it } from 'vitest';
import { isScanProblem, scanQuantity } from './scan';

describe('scanQuantity', () => {
  it.each([
    ['', false, '0', '0', '', ''],
    ['-', true, '0', '0', '', ''],
    ['.', false, '.', '0', '', ''],
    ['-.', true, '-.', '0', '', ''],
    ['0.025Ti', false, '0.025', '0', '025', 'Ti'],
    ['-1.025Ti', true, '-1.025', '1', '025', 'Ti'],
    ['1E-3', false, '1', '1', '', 'E-3'],
    ['007', false, '007', '7', '', ''],
    ['1.', false, '1.', '1', '', ''],
    ['Mi', false, '', '0', '', 'Mi'],
  ])('%j', (text, negative, numberText, integerDigits, fractionDigits, suffix) => {
    expect(scanQuantity(text)).toEqual({ negative, numberText, integerDigits, fractionDigits, suffix });
  });

  it.each([
    ['1.1.M', 3],
    ['1+1.0M', 3],
    ['0.1am', 3],
    ['aoeu', 0],
    [' 1', 0],
    ['1 ', 1],
    ['1GB', 2],
    ['-3.01e-x', 7],
  ])('%j breaks at index %d', (text, index) => {
    const result = scanQuantity(text);
    expect(isScanProblem(result)).toBe(true);
    expect(result).toEqual({ index });
  });
});
