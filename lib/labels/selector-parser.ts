/**
 * The parser of kubectl's label selector syntax, accepting and rejecting exactly what
 * apimachinery's `labels.Parse` does:
 *
 * ```
 * selector    ::= requirement ( "," requirement )*   |  ""
 * requirement ::= [ "!" ] KEY [ ( "in" | "notin" ) "(" values ")"  |  ( "=" | "==" | "!=" | ">" | "<" ) VALUE ]
 * values      ::= VALUE ( "," VALUE )*                 (empty values allowed: "()", "(a,)")
 * ```
 *
 * `in` and `notin` are values wherever a value is expected. Set values are sorted and
 * de-duplicated; requirements are sorted by key (stably). Errors carry the column.
 */
import { type LabelRequirement, checkLabelKey, checkRequirementValues, compareStrings, type SelectorOperator } from './requirement';
import { lexSelector, type SelectorToken, type SelectorTokenKind } from './selector-lexer';
import { SelectorSyntaxError } from './selector-syntax-error';

const BINARY_OPERATORS: Partial<Record<SelectorTokenKind, SelectorOperator>> = {
  In: 'In',
  NotIn: 'NotIn',
  Equals: 'Equals',
  DoubleEquals: 'DoubleEquals',
  NotEquals: 'NotEquals',
  GreaterThan: 'GreaterThan',
  LessThan: 'LessThan',
};

/** A value and the index where it was written (or would have been, for an empty one). */
interface PlacedValue {
  readonly value: string;
  readonly index: number;
}

/** Parses a selector into its requirements; throws a {@link SelectorSyntaxError}. */
export function parseSelector(selector: string): LabelRequirement[] {
  return new SelectorParser(selector).parse();
}

class SelectorParser {
  private readonly tokens: SelectorToken[];
  private position = 0;

  public constructor(private readonly selector: string) {
    this.tokens = lexSelector(selector);
  }

  public parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    let first = this.peek();
    if (first.kind === 'End') return requirements;
    if (first.kind !== 'Identifier' && first.kind !== 'DoesNotExist') throw this.error(first, "a label key, '!' or the end of the selector");
    for (;;) {
      requirements.push(this.parseRequirement());
      const next = this.next();
      if (next.kind === 'End') break;
      if (next.kind !== 'Comma') throw this.error(next, "',' or the end of the selector");
      first = this.peek();
      if (first.kind !== 'Identifier' && first.kind !== 'DoesNotExist') throw this.error(first, "a label key or '!' after ','");
    }
    return requirements
      .map((requirement, order) => ({ requirement, order }))
      .sort((a, b) => compareStrings(a.requirement.key, b.requirement.key) || a.order - b.order)
      .map(({ requirement }) => requirement);
  }

  private parseRequirement(): LabelRequirement {
    let keyToken = this.next();
    const negated = keyToken.kind === 'DoesNotExist';
    if (negated) keyToken = this.next();
    if (keyToken.kind !== 'Identifier') throw this.error(keyToken, 'a label key');
    const key = keyToken.literal;
    const keyProblem = checkLabelKey(key);
    if (keyProblem !== undefined) throw this.error(keyToken, 'a valid label key', keyProblem);

    const after = this.peek();
    if (negated || after.kind === 'End' || after.kind === 'Comma') {
      return { key, operator: negated ? 'DoesNotExist' : 'Exists', values: [] };
    }
    const operatorToken = this.next(false);
    const operator = BINARY_OPERATORS[operatorToken.kind];
    if (operator === undefined) throw this.error(operatorToken, "an operator (=, ==, !=, in, notin, >, <), ',' or the end of the selector");
    const placed = operator === 'In' || operator === 'NotIn' ? this.parseValueSet() : [this.parseSingleValue()];

    const values: string[] = [];
    const indexes: number[] = [];
    for (const { value, index } of placed) {
      if (!values.includes(value)) {
        values.push(value);
        indexes.push(index);
      }
    }
    const problem = checkRequirementValues(operator, values);
    if (problem !== undefined) {
      const value = values[problem.valueIndex];
      throw new SelectorSyntaxError(this.selector, indexes[problem.valueIndex], problem.expected, value === '' ? undefined : value, problem.detail);
    }
    return { key, operator, values: [...values].sort(compareStrings) };
  }

  /** `( a, b )`, where empty entries are the empty value: `()`, `(,a)`, `(a,,b)`. */
  private parseValueSet(): PlacedValue[] {
    const open = this.next();
    if (open.kind !== 'OpenPar') throw this.error(open, "'('");
    const first = this.peek();
    if (first.kind === 'ClosedPar') {
      this.next();
      return [{ value: '', index: first.index }];
    }
    if (first.kind !== 'Identifier' && first.kind !== 'Comma') throw this.error(first, "a value, ',' or ')'");
    const values: PlacedValue[] = [];
    for (;;) {
      const token = this.next();
      if (token.kind === 'Identifier') {
        values.push({ value: token.literal, index: token.index });
        const after = this.peek();
        if (after.kind === 'ClosedPar') break;
        if (after.kind !== 'Comma') throw this.error(after, after.kind === 'End' ? "')'" : "',' or ')'");
      } else if (token.kind === 'Comma') {
        if (values.length === 0) values.push({ value: '', index: token.index });
        const after = this.peek();
        if (after.kind === 'ClosedPar') {
          values.push({ value: '', index: after.index });
          break;
        }
        if (after.kind === 'Comma') {
          this.next();
          values.push({ value: '', index: after.index });
        }
      } else {
        // A ')' right after ',,' is refused by apimachinery too: '(a,,)' and '(,,)' do not parse.
        const expected = token.kind === 'ClosedPar' ? "a value or ','" : token.kind === 'End' ? "a value or ')'" : "a value, ',' or ')'";
        throw this.error(token, expected);
      }
    }
    this.next();
    return values;
  }

  /** The value after `=`, `==`, `!=`, `>` or `<`; empty when the requirement ends there. */
  private parseSingleValue(): PlacedValue {
    const token = this.peek();
    if (token.kind === 'End' || token.kind === 'Comma') return { value: '', index: token.index };
    this.next();
    if (token.kind !== 'Identifier') throw this.error(token, 'a value');
    return { value: token.literal, index: token.index };
  }

  /** The current token; in a value context (the default) `in` and `notin` are identifiers. */
  private peek(asValue = true): SelectorToken {
    return this.contextual(this.tokens[this.position], asValue);
  }

  /** The current token, consumed. */
  private next(asValue = true): SelectorToken {
    const token = this.tokens[this.position];
    if (token.kind !== 'End') this.position++;
    return this.contextual(token, asValue);
  }

  private contextual(token: SelectorToken, asValue: boolean): SelectorToken {
    return asValue && (token.kind === 'In' || token.kind === 'NotIn') ? { ...token, kind: 'Identifier' } : token;
  }

  private error(token: SelectorToken, expected: string, detail?: string): SelectorSyntaxError {
    return new SelectorSyntaxError(this.selector, token.index, expected, token.kind === 'End' ? undefined : token.literal, detail);
  }
}
