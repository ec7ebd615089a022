/**
 * Exact decimal numbers as `mantissa × 10^exponent` with a bigint mantissa: the
 * arithmetic under quantities. Exponents stay numbers, so a value such as `1e2000000000`
 * is never expanded into digits; only the mantissa, whose length is bounded by the
 * input, is ever materialized.
 */

/** An exact decimal number: `mantissa × 10^exponent`. */
export interface Decimal {
  /** Signed digits of the number. */
  readonly mantissa: bigint;
  /** Power of ten the mantissa is scaled by. */
  readonly exponent: number;
}

/** Zero, in normal form. */
export const ZERO: Decimal = { mantissa: 0n, exponent: 0 };

const POWERS_OF_TEN: bigint[] = [1n];

/** `10^n` for a non-negative integer `n` (bounded by the caller: a count of digits). */
export function pow10(n: number): bigint {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`pow10: ${n} is not a non-negative integer`);
  if (n < 64) {
    while (POWERS_OF_TEN.length <= n) POWERS_OF_TEN.push(POWERS_OF_TEN[POWERS_OF_TEN.length - 1] * 10n);
    return POWERS_OF_TEN[n];
  }
  return 10n ** BigInt(n);
}

/** The absolute value of a bigint. */
export function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Number of decimal digits of `|value|`; 0 for zero. */
export function digitCount(value: bigint): number {
  return value === 0n ? 0 : abs(value).toString().length;
}

/** Sign of a bigint: -1, 0 or 1. */
export function signOf(value: bigint): -1 | 0 | 1 {
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}

/** The same number with no trailing zero in the mantissa (zero becomes `0 × 10^0`). */
export function normalize(mantissa: bigint, exponent: number): Decimal {
  if (mantissa === 0n) return ZERO;
  exponent = exponent === 0 ? 0 : exponent; // no -0
  const digits = abs(mantissa).toString();
  const trimmed = digits.replace(/0+$/, '');
  const zeros = digits.length - trimmed.length;
  if (zeros === 0) return { mantissa, exponent };
  const shortened = BigInt(trimmed);
  return { mantissa: mantissa < 0n ? -shortened : shortened, exponent: exponent + zeros };
}

/**
 * Compares two decimals exactly. Values of different magnitude are ordered by their
 * digit counts and exponents alone; values of one magnitude have exponents that differ
 * by at most their digit counts, so aligning them stays small.
 */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const signA = signOf(a.mantissa);
  const signB = signOf(b.mantissa);
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  const magnitudeA = digitCount(a.mantissa) + a.exponent;
  const magnitudeB = digitCount(b.mantissa) + b.exponent;
  if (magnitudeA !== magnitudeB) return (magnitudeA > magnitudeB ? signA : -signA) as -1 | 1;
  const low = Math.min(a.exponent, b.exponent);
  const alignedA = abs(a.mantissa) * pow10(a.exponent - low);
  const alignedB = abs(b.mantissa) * pow10(b.exponent - low);
  if (alignedA === alignedB) return 0;
  return (alignedA > alignedB ? signA : -signA) as -1 | 1;
}

/**
 * The number a JavaScript number is written as (its shortest round-trip form, as
 * `String(n)` prints it), exactly: `0.1` is one tenth, not the nearest binary fraction.
 * `undefined` for NaN and infinities.
 */
export function decimalFromNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (match === null) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = BigInt(whole + fraction);
  return normalize(sign === '-' ? -digits : digits, Number(exponent) - fraction.length);
}

/**
 * The value as an integer when it is one, otherwise `undefined`. Only for values whose
 * size the caller has bounded (the result is materialized).
 */
export function toInteger(value: Decimal): bigint | undefined {
  if (value.exponent >= 0) return value.mantissa * pow10(value.exponent);
  const divisor = pow10(-value.exponent);
  return value.mantissa % divisor === 0n ? value.mantissa / divisor : undefined;
}

/**
 * Rounds `mantissa × 10^-scale` away from zero to a multiple of `10^-target` when
 * `scale > target`, as the API server rounds values finer than its smallest unit.
 * Returns the value as `mantissa × 10^-scale` again (at scale `target` when it was finer)
 * and whether anything was rounded. A scale far beyond the digits rounds to one unit
 * without a big division.
 */
export function roundAwayFromZero(mantissa: bigint, scale: number, target: number): { mantissa: bigint; scale: number; rounded: boolean } {
  if (mantissa === 0n || scale <= target) return { mantissa, scale, rounded: false };
  const sign = mantissa < 0n ? -1n : 1n;
  const shift = scale - target;
  if (shift > digitCount(mantissa)) return { mantissa: sign, scale: target, rounded: true };
  const divisor = pow10(shift);
  const magnitude = abs(mantissa);
  const quotient = magnitude / divisor;
  const rounded = quotient * divisor !== magnitude;
  return { mantissa: sign * (rounded ? quotient + 1n : quotient), scale: target, rounded };
}
