/**
 * Tokens of kubectl's label selector syntax (`env=dev,tier in (a,b),!canary`), cut
 * exactly as apimachinery's lexer cuts them: white space is space, tab, CR and LF;
 * `= ! ( ) , > <` are operator characters, read greedily into the longest operator
 * (`!=`, `==`); any other run of characters is an identifier, or the keyword `in` or
 * `notin`. A NUL character ends the input, as it does there.
 */

/** The kind of a token. */
export type SelectorTokenKind =
  | 'End'
  | 'Identifier'
  | 'In'
  | 'NotIn'
  | 'OpenPar'
  | 'ClosedPar'
  | 'Comma'
  | 'DoesNotExist'
  | 'Equals'
  | 'DoubleEquals'
  | 'NotEquals'
  | 'GreaterThan'
  | 'LessThan';

/** One token and where it starts. */
export interface SelectorToken {
  /** What the token is. */
  readonly kind: SelectorTokenKind;
  /** The text of the token (empty for `End`). */
  readonly literal: string;
  /** 0-based index of its first character in the selector. */
  readonly index: number;
}

const OPERATORS: Readonly<Record<string, SelectorTokenKind>> = {
  ')': 'ClosedPar',
  ',': 'Comma',
  '!': 'DoesNotExist',
  '==': 'DoubleEquals',
  '=': 'Equals',
  '>': 'GreaterThan',
  '<': 'LessThan',
  '!=': 'NotEquals',
  '(': 'OpenPar',
};
const KEYWORDS: Readonly<Record<string, SelectorTokenKind>> = { in: 'In', notin: 'NotIn' };
const END = '\0';

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function isOperatorChar(ch: string): boolean {
  return ch === '=' || ch === '!' || ch === '(' || ch === ')' || ch === ',' || ch === '>' || ch === '<';
}

function lookup(table: Readonly<Record<string, SelectorTokenKind>>, text: string): SelectorTokenKind | undefined {
  return Object.prototype.hasOwnProperty.call(table, text) ? table[text] : undefined;
}

/** Cuts a selector into tokens; the last token is always `End`. */
export function lexSelector(selector: string): SelectorToken[] {
  let pos = 0;
  let advanced = false;
  /** The next character, or NUL at the end (where the position stays). */
  const read = (): string => {
    advanced = pos < selector.length;
    return advanced ? selector[pos++] : END;
  };

  const scanOperator = (): SelectorToken => {
    const start = pos;
    let buffer = '';
    let last: SelectorToken | undefined;
    for (;;) {
      const ch = read();
      if (ch === END) break;
      if (!isOperatorChar(ch)) {
        pos--;
        break;
      }
      buffer += ch;
      const kind = lookup(OPERATORS, buffer);
      if (kind !== undefined) {
        last = { kind, literal: buffer, index: start };
      } else if (last !== undefined) {
        pos--;
        break;
      }
    }
    // Every single operator character is an operator, so `last` is always set here.
    return last as SelectorToken;
  };

  const scanWord = (): SelectorToken => {
    const start = pos;
    let buffer = '';
    for (;;) {
      const ch = read();
      if (ch === END) break;
      if (isOperatorChar(ch) || isWhitespace(ch)) {
        pos--;
        break;
      }
      buffer += ch;
    }
    return { kind: lookup(KEYWORDS, buffer) ?? 'Identifier', literal: buffer, index: start };
  };

  const tokens: SelectorToken[] = [];
  for (;;) {
    let ch = read();
    while (isWhitespace(ch)) ch = read();
    if (ch === END) {
      tokens.push({ kind: 'End', literal: '', index: advanced ? pos - 1 : pos });
      return tokens;
    }
    pos--;
    tokens.push(isOperatorChar(ch) ? scanOperator() : scanWord());
  }
}
