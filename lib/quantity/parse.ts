/**
 * Kubernetes resource quantities (`250m`, `1.5Gi`, `1e3`), read exactly as the API
 * server reads them (apimachinery's `resource.ParseQuantity`): the same texts are
 * accepted and rejected, and the value is the one the server keeps, including its
 * rounding up to 1n and its cap of binary quantities at 2^63-1. All arithmetic is on
 * bigints, so `1Gi`, `1073741824` and `1.073741824G` compare equal, exactly.
 */
import { abs, compareDecimals, type Decimal, normalize, pow10, roundAwayFromZero, ZERO } from './decimal';
import { isScanProblem, scanQuantity, type ScannedQuantity } from './scan';
import { interpretSuffix, NAMED_SUFFIXES, type QuantityFormat, type SuffixMeaning, suffixSuggestions } from './suffix';

export type { QuantityFormat } from './suffix';

/** How the value the API server keeps differs from the value written. */
export type QuantityAdjustment = 'none' | 'rounded-up' | 'capped';

/**
 * A parsed quantity. The exact value the API server keeps is
 * `mantissa × 10^exponent10`, normalized (no trailing zero in the mantissa; zero is `0 × 10^0`).
 */
export interface ParsedQuantity {
  /** The text that was read, as written. */
  readonly text: string;
  /** The format the server remembers: `BinarySI` for Ki..Ei, `DecimalExponent` for e/E, `DecimalSI` otherwise. */
  readonly format: QuantityFormat;
  /** Signed digits of the kept value. */
  readonly mantissa: bigint;
  /** Power of ten of the kept value. */
  readonly exponent10: number;
  /**
   * `rounded-up` when the written value is finer than 1n (the server rounds it away from
   * zero to the next nano unit), `capped` when a binary quantity exceeds 2^63-1 (the server
   * keeps 2^63-1), `none` when the kept value is the written one.
   */
  readonly adjustment: QuantityAdjustment;
}

/** The outcome of reading a text: a quantity, or a sentence saying why it is not one. */
export type QuantityReading = { readonly quantity: ParsedQuantity } | { readonly problem: string };

const MAX_INT64: Decimal = { mantissa: 2n ** 63n - 1n, exponent: 0 };
const ONE: Decimal = { mantissa: 1n, exponent: 0 };
const NANO_SCALE = 9;
const SHAPE_HELP =
  `a quantity is a number with an optional suffix: ${NAMED_SUFFIXES.slice(0, 6).join(', ')} (powers of 1024), ` +
  `${NAMED_SUFFIXES.slice(6).join(', ')} (powers of 1000), or an exponent such as e3; e.g. '500m', '1Gi', '2'`;

/** Reads `text` as the API server does; `undefined` when the server would reject it. */
export function parseQuantity(text: string): ParsedQuantity | undefined {
  const reading = readQuantity(text);
  return 'quantity' in reading ? reading.quantity : undefined;
}

/** `undefined` when `text` is a quantity, otherwise what is wrong with it and how to write it. */
export function checkQuantitySyntax(text: string): string | undefined {
  const reading = readQuantity(text);
  return 'problem' in reading ? reading.problem : undefined;
}

/** Reads `text` as the API server does: the quantity, or the reason it is not one. */
export function readQuantity(text: string): QuantityReading {
  if (text.length === 0) return { problem: `is empty; ${SHAPE_HELP}` };
  const scanned = scanQuantity(text);
  if (isScanProblem(scanned)) return { problem: describeShapeProblem(text, scanned.index) };
  const meaning = interpretSuffix(scanned.suffix);
  if (meaning === undefined) return { problem: describeSuffixProblem(scanned.suffix) };
  const kept = keptValue(scanned, meaning);
  if (kept === undefined) return { problem: `has no digits; ${SHAPE_HELP}` };
  return { quantity: { text, ...kept } };
}

type KeptValue = Omit<ParsedQuantity, 'text'>;

/**
 * The value the server keeps. It takes one of two paths, as apimachinery does: a fast
 * path for short numbers at a scale of at least 1n (exact, never rounded), and a general
 * path that rounds up to 1n and caps binary quantities; only the general path insists
 * on at least one digit. Scales are int32 in the server and wrap as they do there.
 */
function keptValue(scanned: ScannedQuantity, meaning: SuffixMeaning): KeptValue | undefined {
  const { integerDigits, fractionDigits } = scanned;
  const digits = BigInt(integerDigits + fractionDigits);
  const signed = scanned.negative ? -digits : digits;
  const hasDigits = /[0-9]/.test(scanned.numberText);
  if (meaning.base === 2) {
    const fast = fractionDigits.length === 0 && 14 - integerDigits.length - Math.trunc((meaning.exponent * 3) / 10) >= 0;
    return fast || hasDigits ? binaryValue(signed, fractionDigits.length, meaning.exponent) : undefined;
  }
  const precision = 18 - (integerDigits.length + fractionDigits.length);
  const fastScale = wrapInt32(meaning.exponent - fractionDigits.length);
  if (precision >= 0 && fastScale >= -NANO_SCALE) {
    return { format: meaning.format, ...valueOf(normalize(signed, fastScale)), adjustment: 'none' };
  }
  if (!hasDigits) return undefined;
  const rounded = roundAwayFromZero(signed, wrapInt32(fractionDigits.length + wrapInt32(-meaning.exponent)), NANO_SCALE);
  return { format: meaning.format, ...valueOf(normalize(rounded.mantissa, -rounded.scale)), adjustment: rounded.rounded ? 'rounded-up' : 'none' };
}

/** A binary quantity: digits × 2^exponent, rounded up to 1n, capped at 2^63-1. */
function binaryValue(signed: bigint, fractionLength: number, exponent: number): KeptValue {
  const rounded = roundAwayFromZero(signed * 2n ** BigInt(exponent), fractionLength, NANO_SCALE);
  let value = normalize(rounded.mantissa, -rounded.scale);
  let adjustment: QuantityAdjustment = rounded.rounded ? 'rounded-up' : 'none';
  if (compareDecimals({ mantissa: abs(value.mantissa), exponent: value.exponent }, MAX_INT64) > 0) {
    value = { mantissa: value.mantissa < 0n ? -MAX_INT64.mantissa : MAX_INT64.mantissa, exponent: 0 };
    adjustment = 'capped';
  }
  const belowOne = value.mantissa !== 0n && compareDecimals({ mantissa: abs(value.mantissa), exponent: value.exponent }, ONE) < 0;
  return { format: belowOne ? 'DecimalSI' : 'BinarySI', ...valueOf(value), adjustment };
}

function valueOf(value: Decimal): Pick<ParsedQuantity, 'mantissa' | 'exponent10'> {
  return { mantissa: value.mantissa, exponent10: value.exponent };
}

function wrapInt32(value: number): number {
  return Number(BigInt.asIntN(32, BigInt(value)));
}

function describeShapeProblem(text: string, index: number): string {
  if (/\s/.test(text)) return `must not contain spaces or other whitespace; ${SHAPE_HELP}`;
  const unit = /^[+-]?[0-9.]*([kKMGTPE])(i?)[bB]$/.exec(text);
  if (unit !== null) {
    const letter = unit[1] === 'K' ? 'k' : unit[1];
    const binary = unit[1] === 'k' ? 'Ki' : `${unit[1]}i`;
    return `'${text.slice(text.search(/[A-Za-z]/))}' is not a Kubernetes unit: write '${letter}' (powers of 1000) or '${binary}' (powers of 1024), without 'B'`;
  }
  const letters = /^[+-]?[0-9]*\.?[0-9]*([A-Za-z]+)$/.exec(text);
  if (letters !== null) return describeSuffixProblem(letters[1]);
  return `has an unexpected character '${[...text.slice(index)][0]}' at position ${index + 1}; ${SHAPE_HELP}`;
}

function describeSuffixProblem(suffix: string): string {
  const suggestions = suffixSuggestions(suffix);
  const didYouMean = suggestions.length > 0 ? ` (suffixes are case-sensitive; did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?)` : '';
  return `has an unknown suffix '${suffix}'${didYouMean}; ${SHAPE_HELP}`;
}

/**
 * Characters the API server trims around a quantity that arrives as a JSON string:
 * Go's white space, less the controls that JSON encoders escape (an escaped `\t` reaches
 * the server as two characters and is not trimmed) and U+2028/U+2029, which Go's JSON
 * encoder escapes.
 */
const JSON_TRIMMED = /^[ \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[ \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+$/g;

/**
 * Reads a quantity from a JSON value as the API server decodes one: a string (surrounding
 * spaces trimmed), a number (read from the text JavaScript prints for it, which is exact
 * for every number a YAML or JSON file can write up to 17 significant digits), or `null`
 * (the server decodes it as zero). `undefined` for anything else and for invalid text.
 */
export function quantityFromJson(value: unknown): ParsedQuantity | undefined {
  if (value === null) return { text: '0', format: 'DecimalSI', ...valueOf(ZERO), adjustment: 'none' };
  if (typeof value === 'number') return Number.isFinite(value) ? parseQuantity(String(value)) : undefined;
  if (typeof value === 'string') return parseQuantity(value.replace(JSON_TRIMMED, ''));
  return undefined;
}

/** Compares two quantities by the values the API server keeps, exactly: -1, 0 or 1. */
export function compareQuantities(a: ParsedQuantity, b: ParsedQuantity): -1 | 0 | 1 {
  return compareDecimals({ mantissa: a.mantissa, exponent: a.exponent10 }, { mantissa: b.mantissa, exponent: b.exponent10 });
}

/** True when the quantity is below zero (`-0` is not). */
export function isNegativeQuantity(q: ParsedQuantity): boolean {
  return q.mantissa < 0n;
}

/** True when the quantity is zero. */
export function isZeroQuantity(q: ParsedQuantity): boolean {
  return q.mantissa === 0n;
}

/**
 * True when the quantity is a whole number of `10^-scale` units: `isWholeQuantity(q)`
 * for whole units, `isWholeQuantity(q, 3)` for whole millis.
 * @param scale decimal places of the unit
 */
export function isWholeQuantity(q: ParsedQuantity, scale = 0): boolean {
  return q.mantissa === 0n || q.exponent10 + scale >= 0;
}

/**
 * True when `q` is a whole multiple (0, 1, 2... or negative) of `unit`, exactly, e.g.
 * `4Mi` of the `2Mi` page size. False when `unit` is not positive. Cheap for any size:
 * the power of ten is taken modulo the unit's digits.
 */
export function isMultipleOfQuantity(q: ParsedQuantity, unit: ParsedQuantity): boolean {
  if (unit.mantissa <= 0n) return false;
  if (q.mantissa === 0n) return true;
  // Normalized mantissas carry no factor of ten, so a finer q is never a multiple.
  if (q.exponent10 < unit.exponent10) return false;
  return (abs(q.mantissa) % unit.mantissa) * modPow10(q.exponent10 - unit.exponent10, unit.mantissa) % unit.mantissa === 0n;
}

/** `10^exponent mod modulus`, by squaring. */
function modPow10(exponent: number, modulus: bigint): bigint {
  let result = 1n % modulus;
  let base = 10n % modulus;
  let e = BigInt(exponent);
  while (e > 0n) {
    if (e & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    e >>= 1n;
  }
  return result;
}

/** Largest power of ten {@link quantityInUnits} expands; beyond it the count would be absurdly long. */
const MAX_EXPANDED_EXPONENT = 400;

/**
 * The quantity as an exact count of `10^-scale` units when it is a whole number of them
 * (`quantityInUnits(q, 3)` counts millis), otherwise `undefined`. Throws a RangeError for
 * counts of more than about 400 digits (such as `1e999`): compare those with
 * {@link compareQuantities} instead.
 * @param scale decimal places of the unit
 */
export function quantityInUnits(q: ParsedQuantity, scale: number): bigint | undefined {
  if (!isWholeQuantity(q, scale)) return undefined;
  const exponent = q.mantissa === 0n ? 0 : q.exponent10 + scale;
  if (exponent > MAX_EXPANDED_EXPONENT) throw new RangeError(`quantity '${q.text}' is too large to count in units of 10^-${scale}`);
  return q.mantissa * pow10(exponent);
}
