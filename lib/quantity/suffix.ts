/**
 * Quantity suffixes as the API server reads them (apimachinery's resource package):
 * binary Ki..Ei, decimal n..E, or a decimal exponent `e<int>` / `E<int>`.
 */

/** How a quantity is written, which the API server remembers to print it back. */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** What a suffix means: the quantity's number times `base^exponent`. */
export interface SuffixMeaning {
  /** 10 for decimal suffixes and exponents, 2 for binary suffixes. */
  readonly base: 10 | 2;
  /** Power of the base. */
  readonly exponent: number;
  /** The format the suffix stands for. */
  readonly format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { '': 0, n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/** Every named suffix, for messages: binary first, then decimal. */
export const NAMED_SUFFIXES: readonly string[] = [...Object.keys(BINARY_SUFFIXES), ...Object.keys(DECIMAL_SUFFIXES).filter((s) => s !== '')];

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Reads a decimal exponent the way Go's `strconv.ParseInt(s, 10, 64)` does (optional
 * sign, at least one digit, within int64), then keeps its low 32 bits as the API server
 * does when it stores the exponent in an int32. `undefined` when it is not an int64.
 */
export function parseExponent(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  if (value < INT64_MIN || value > INT64_MAX) return undefined;
  return Number(BigInt.asIntN(32, value));
}

/** The meaning of a suffix, or `undefined` when the API server does not know it. */
export function interpretSuffix(suffix: string): SuffixMeaning | undefined {
  if (Object.prototype.hasOwnProperty.call(DECIMAL_SUFFIXES, suffix)) {
    return { base: 10, exponent: DECIMAL_SUFFIXES[suffix], format: 'DecimalSI' };
  }
  if (Object.prototype.hasOwnProperty.call(BINARY_SUFFIXES, suffix)) {
    return { base: 2, exponent: BINARY_SUFFIXES[suffix], format: 'BinarySI' };
  }
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const exponent = parseExponent(suffix.slice(1));
    return exponent === undefined ? undefined : { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
}

/**
 * Named suffixes that differ from `suffix` only in letter case or a missing `i`, for a
 * "did you mean" hint: `mi` gives `Mi`, `K` gives `k` and `Ki`.
 */
export function suffixSuggestions(suffix: string): string[] {
  const lower = suffix.toLowerCase();
  return NAMED_SUFFIXES.filter((known) => known !== suffix && (known.toLowerCase() === lower || known.toLowerCase() === `${lower}i`));
}
