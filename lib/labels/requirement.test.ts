import { describe, expect, it } from 'vitest';
import { checkRequirementValues, type LabelRequirement, parseInt64, renderRequirement, requirementMatches, type SelectorOperator } from './requirement';

function req(key: string, operator: SelectorOperator, ...values: string[]): LabelRequirement {
  return { key, operator, values };
}

describe('requirementMatches', () => {
  it.each([
    [req('x', 'Equals', 'y'), {}, false],
    [req('x', 'Equals', 'y'), { x: 'y' }, true],
    [req('x', 'DoubleEquals', 'y'), { x: 'z' }, false],
    [req('x', 'Equals', ''), { x: '' }, true],
    [req('x', 'NotEquals', 'y'), {}, true],
    [req('x', 'NotEquals', 'y'), { x: 'y' }, false],
    [req('x', 'NotEquals', 'y'), { x: 'z' }, true],
    [req('x', 'In', 'a', 'b'), { x: 'b' }, true],
    [req('x', 'In', 'a', 'b'), { x: 'c' }, false],
    [req('x', 'In', ''), { y: 'baz' }, false],
    [req('x', 'NotIn', ''), { y: '' }, true],
    [req('x', 'NotIn', 'a'), { x: 'a' }, false],
    [req('x', 'Exists'), { x: '' }, true],
    [req('x', 'Exists'), { y: 'x' }, false],
    [req('x', 'DoesNotExist'), {}, true],
    [req('x', 'DoesNotExist'), { x: 'z' }, false],
    [req('x', 'GreaterThan', '1'), { x: '2' }, true],
    [req('x', 'GreaterThan', '1'), { x: '1' }, false],
    [req('x', 'GreaterThan', '1'), { x: 'v2' }, false],
    [req('x', 'GreaterThan', '1'), {}, false],
    [req('x', 'LessThan', '1'), { x: '-5' }, true],
    [req('x', 'LessThan', '1'), { x: '99999999999999999999' }, false],
    // Keys are looked up as own properties only.
    [req('constructor', 'Exists'), {}, false],
    [req('toString', 'NotIn', 'a'), {}, true],
  ] as const)('%j on %j', (requirement, labels, expected) => {
    expect(requirementMatches(requirement, labels)).toBe(expected);
  });
});

describe('renderRequirement', () => {
  it.each([
    [req('x', 'Equals', 'abc'), 'x=abc'],
    [req('y', 'DoubleEquals', 'jkl'), 'y==jkl'],
    [req('z', 'NotEquals', 'a'), 'z!=a'],
    [req('x', 'Equals', ''), 'x='],
    [req('x', 'In', 'def', 'abc'), 'x in (abc,def)'],
    [req('x', 'NotIn', ''), 'x notin ()'],
    [req('x', 'In', '', 'a'), 'x in (,a)'],
    [req('z', 'Exists'), 'z'],
    [req('z', 'DoesNotExist'), '!z'],
    [req('x', 'GreaterThan', '2'), 'x>2'],
    [req('y', 'LessThan', '8'), 'y<8'],
  ] as const)('%j', (requirement, expected) => {
    expect(renderRequirement(requirement)).toBe(expected);
  });
});

describe('parseInt64', () => {
  it.each([
    ['0', 0n],
    ['+5', 5n],
    ['-5', -5n],
    ['007', 7n],
    ['9223372036854775807', 2n ** 63n - 1n],
    ['-9223372036854775808', -(2n ** 63n)],
  ])('%j', (text, expected) => {
    expect(parseInt64(text)).toBe(expected);
  });

  it.each(['', '+', '1.0', '1e3', ' 1', '9223372036854775808', '0x1'])('%j is not an int64', (text) => {
    expect(parseInt64(text)).toBeUndefined();
  });
});

describe('checkRequirementValues', () => {
  it('accepts label values and integers for > and <', () => {
    expect(checkRequirementValues('In', ['a', '', 'b.c-d_e'])).toBeUndefined();
    expect(checkRequirementValues('GreaterThan', ['10'])).toBeUndefined();
  });

  it.each([
    ['In', ['ok', '-bad'], 1, 'a valid label value'],
    ['Equals', ['a'.repeat(64)], 0, 'a valid label value'],
    ['GreaterThan', ['a'], 0, 'an integer'],
    ['LessThan', [''], 0, 'an integer'],
    // An integer is still checked as a label value: it may not start with a sign.
    ['LessThan', ['-1'], 0, 'a valid label value'],
  ] as const)('%s %j', (operator, values, valueIndex, expected) => {
    expect(checkRequirementValues(operator, values)).toMatchObject({ valueIndex, expected });
  });
});
