import { describe, expect, it } from 'vitest';
import { lexSelector } from './selector-lexer';

function kinds(selector: string): string[] {
  return lexSelector(selector).map((t) => t.kind);
}

describe('lexSelector', () => {
  it.each([
    ['', ['End']],
    ['   \t\r\n', ['End']],
    [',', ['Comma', 'End']],
    ['in', ['In', 'End']],
    ['notin', ['NotIn', 'End']],
    ['=', ['Equals', 'End']],
    ['==', ['DoubleEquals', 'End']],
    ['!', ['DoesNotExist', 'End']],
    ['!=', ['NotEquals', 'End']],
    ['>', ['GreaterThan', 'End']],
    ['<', ['LessThan', 'End']],
    ['(', ['OpenPar', 'End']],
    [')', ['ClosedPar', 'End']],
    // Characters that are not operators belong to identifiers.
    ['~', ['Identifier', 'End']],
    ['||', ['Identifier', 'End']],
    ['inx', ['Identifier', 'End']],
    ['IN', ['Identifier', 'End']],
    // Operators are read greedily, one longest operator at a time.
    ['===', ['DoubleEquals', 'Equals', 'End']],
    ['!==', ['NotEquals', 'Equals', 'End']],
    ['=!', ['Equals', 'DoesNotExist', 'End']],
    ['>=', ['GreaterThan', 'Equals', 'End']],
    ['!!x', ['DoesNotExist', 'DoesNotExist', 'Identifier', 'End']],
    ['key in ( value1, value2 )', ['Identifier', 'In', 'OpenPar', 'Identifier', 'Comma', 'Identifier', 'ClosedPar', 'End']],
    ['x in (),y', ['Identifier', 'In', 'OpenPar', 'ClosedPar', 'Comma', 'Identifier', 'End']],
    ['== != (), = notin', ['DoubleEquals', 'NotEquals', 'OpenPar', 'ClosedPar', 'Comma', 'Equals', 'NotIn', 'End']],
    ['key>2', ['Identifier', 'GreaterThan', 'Identifier', 'End']],
  ])('%j', (selector, expected) => {
    expect(kinds(selector)).toEqual(expected);
  });

  it('records literals and start indexes', () => {
    expect(lexSelector('env != prd')).toEqual([
      { kind: 'Identifier', literal: 'env', index: 0 },
      { kind: 'NotEquals', literal: '!=', index: 4 },
      { kind: 'Identifier', literal: 'prd', index: 7 },
      { kind: 'End', literal: '', index: 10 },
    ]);
  });

  it('ends the input at a NUL character, as apimachinery does', () => {
    expect(lexSelector('a \0 b=c').map((t) => t.literal)).toEqual(['a', '']);
    expect(lexSelector('a \0 b=c')[1].index).toBe(2);
    // Inside a word or an operator the NUL is swallowed and lexing goes on.
    expect(lexSelector('a\0b').map((t) => t.literal)).toEqual(['a', 'b', '']);
    expect(lexSelector('a=\0b').map((t) => t.kind)).toEqual(['Identifier', 'Equals', 'Identifier', 'End']);
  });
});
