/**
 * Exact reading of resource quantities for the resource rules: a quantity becomes a
 * fraction `numerator / denominator` of base units, so that comparisons never round.
 *
 * This is a narrow stand-in for the project's quantity parser (`lib/quantity/parse.ts`,
 * owned by another module), which was not available when these rules were written; the
 * rules only depend on {@link readQuantity} and can switch to that parser unchanged.
 */

/** A quantity as an exact fraction of base units (cores, bytes, items). */
export interface ExactQuantity {
  /** Signed numerator. */
  readonly numerator: bigint;
  /** Positive denominator (a power of ten). */
  readonly denominator: bigint;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/;
/** Longest quantity string read; the API server's quantities are far shorter. */
const MAX_LENGTH = 100;

/** Reads a quantity (a string such as `250Mi`, `0.5`, `1e3`, or a JSON number); `undefined` when it is not one. */
export function readQuantity(value: unknown): ExactQuantity | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    return undefined;
  }
  if (text.length === 0 || text.length > MAX_LENGTH) return undefined;
  const match = SHAPE.exec(text);
  if (match === null) return undefined;
  const [, sign, whole, fraction = '', suffix] = match;
  if (whole.length + fraction.length === 0) return undefined;
  let exp10 = 0;
  let exp2 = 0;
  if (suffix in DECIMAL_SUFFIXES) {
    exp10 = DECIMAL_SUFFIXES[suffix];
  } else if (suffix in BINARY_SUFFIXES) {
    exp2 = BINARY_SUFFIXES[suffix];
  } else if (/^[eE][+-]?\d{1,3}$/.test(suffix)) {
    exp10 = Number(suffix.slice(1));
  } else {
    return undefined;
  }
  let numerator = BigInt(`${whole}${fraction}` || '0') * 2n ** BigInt(exp2);
  exp10 -= fraction.length;
  let denominator = 1n;
  if (exp10 >= 0) numerator *= 10n ** BigInt(exp10);
  else denominator = 10n ** BigInt(-exp10);
  if (sign === '-') numerator = -numerator;
  return { numerator, denominator };
}

/** Compares two quantities: negative when `a < b`, 0 when equal, positive when `a > b`. */
export function compareQuantities(a: ExactQuantity, b: ExactQuantity): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when the quantity is a whole number of base units. */
export function isWhole(q: ExactQuantity): boolean {
  return q.numerator % q.denominator === 0n;
}

/** True when the quantity is negative. */
export function isNegative(q: ExactQuantity): boolean {
  return q.numerator < 0n;
}

/** True when `q` is a whole, non-negative multiple of `unit` (a positive quantity). */
export function isMultipleOf(q: ExactQuantity, unit: ExactQuantity): boolean {
  if (unit.numerator <= 0n) return false;
  // q / unit = (qn * ud) / (qd * un) must be an integer
  return (q.numerator * unit.denominator) % (q.denominator * unit.numerator) === 0n;
}
