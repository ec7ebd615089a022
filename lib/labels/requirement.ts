/**
 * One requirement of a label selector (`env=dev`, `tier in (a,b)`, `!canary`): what it
 * is, whether a set of labels meets it, and how kubectl writes it. Matching follows
 * apimachinery: `!=`, `notin` and `!key` are met when the key is absent.
 */
import { checkLabelValue, checkQualifiedName } from '../validate/primitives/names';

/**
 * The operator of a requirement. `Equals` is `=`, `DoubleEquals` is `==`; `GreaterThan`
 * and `LessThan` (`>` and `<`, on integer values) exist in kubectl's syntax only, not in
 * the API form of a selector.
 */
export type SelectorOperator =
  | 'Equals'
  | 'DoubleEquals'
  | 'NotEquals'
  | 'In'
  | 'NotIn'
  | 'Exists'
  | 'DoesNotExist'
  | 'GreaterThan'
  | 'LessThan';

/** A requirement on one label key. */
export interface LabelRequirement {
  /** The label key, a qualified name such as `app` or `example.com/tier`. */
  readonly key: string;
  /** How the key's value is tested. */
  readonly operator: SelectorOperator;
  /** The values: one for `=`, `==`, `!=`, `>`, `<`; one or more for `in`, `notin`; none otherwise. */
  readonly values: readonly string[];
}

/** Labels of an object, by key. */
export type Labels = Readonly<Record<string, string>>;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A base-10 int64 as Go's `strconv.ParseInt` reads it (optional sign, digits), or `undefined`. */
export function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

function has(labels: Labels, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(labels, key);
}

/** True when `labels` meet the requirement. */
export function requirementMatches(requirement: LabelRequirement, labels: Labels): boolean {
  const { key, operator, values } = requirement;
  const present = has(labels, key);
  switch (operator) {
    case 'Equals':
    case 'DoubleEquals':
    case 'In':
      return present && values.includes(labels[key]);
    case 'NotEquals':
    case 'NotIn':
      return !present || !values.includes(labels[key]);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    case 'GreaterThan':
    case 'LessThan': {
      if (!present || values.length !== 1) return false;
      const actual = parseInt64(labels[key]);
      const bound = parseInt64(values[0]);
      if (actual === undefined || bound === undefined) return false;
      return operator === 'GreaterThan' ? actual > bound : actual < bound;
    }
  }
}

const SYMBOLS: Readonly<Record<SelectorOperator, string>> = {
  Equals: '=',
  DoubleEquals: '==',
  NotEquals: '!=',
  In: ' in ',
  NotIn: ' notin ',
  Exists: '',
  DoesNotExist: '',
  GreaterThan: '>',
  LessThan: '<',
};

/** The requirement in kubectl's syntax, as apimachinery prints it (set values sorted). */
export function renderRequirement(requirement: LabelRequirement): string {
  const { key, operator, values } = requirement;
  if (operator === 'Exists') return key;
  if (operator === 'DoesNotExist') return `!${key}`;
  const text = values.length === 1 ? values[0] : [...values].sort(compareStrings).join(',');
  const set = operator === 'In' || operator === 'NotIn';
  return `${key}${SYMBOLS[operator]}${set ? `(${text})` : text}`;
}

/** Orders strings by UTF-16 code units, as a stable, locale-free sort. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A problem with one value of a requirement: which one, what was expected, and why. */
export interface ValueProblem {
  /** Index of the value in the requirement's values. */
  readonly valueIndex: number;
  /** What a value must be, e.g. `an integer`. */
  readonly expected: string;
  /** Why this value is not that. */
  readonly detail: string;
}

/** `undefined` when the key is a valid label key, otherwise why it is not. */
export function checkLabelKey(key: string): string | undefined {
  return checkQualifiedName(key);
}

/**
 * The first problem with the values of a requirement, as apimachinery's `NewRequirement`
 * checks them: `>` and `<` take one int64, and every value must be a valid label value.
 */
export function checkRequirementValues(operator: SelectorOperator, values: readonly string[]): ValueProblem | undefined {
  for (let valueIndex = 0; valueIndex < values.length; valueIndex++) {
    const value = values[valueIndex];
    if ((operator === 'GreaterThan' || operator === 'LessThan') && parseInt64(value) === undefined) {
      return { valueIndex, expected: 'an integer', detail: `'>' and '<' compare whole numbers` };
    }
    const problem = checkLabelValue(value);
    if (problem !== undefined) return { valueIndex, expected: 'a valid label value', detail: problem };
  }
  return undefined;
}
