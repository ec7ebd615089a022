/**
 * Exact resource quantities for the resource rules: a quantity becomes a fraction
 * `numerator / denominator` of base units, so that comparisons never round. Reading is
 * delegated to the project's quantity parser (`lib/quantity/parse.ts`), which accepts and
 * rejects the same texts as the API server and keeps the same value. Values are remembered
 * by their text (a bounded memory), since manifests repeat the same few quantities.
 */
import { parseQuantity } from '../../../quantity/parse';

/** A quantity as an exact fraction of base units (cores, bytes, items). */
export interface ExactQuantity {
  /** Signed numerator. */
  readonly numerator: bigint;
  /** Positive denominator (a power of ten). */
  readonly denominator: bigint;
}

/** The text of a quantity value as the API server reads it: strings as they are, JSON numbers in their shortest form. */
export function quantityText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Texts up to this length are remembered with their value. */
const CACHED_TEXT_MAX = 64;
/** At most this many texts are remembered; the memory is emptied when it is full. */
const CACHE_LIMIT = 1024;
/** Values of the texts read so far (`null`: not a quantity). Manifests repeat a few texts ('100m', '128Mi') many times. */
const cache = new Map<string, ExactQuantity | null>();

/** Reads a quantity (a string such as `250Mi`, `0.5`, `1e3`, or a JSON number); `undefined` when it is not one. */
export function readQuantity(value: unknown): ExactQuantity | undefined {
  const text = quantityText(value);
  if (text === undefined) return undefined;
  if (text.length > CACHED_TEXT_MAX) return exactQuantity(text);
  const cached = cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const quantity = exactQuantity(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, quantity ?? null);
  return quantity;
}

/** The exact value of a quantity text; `undefined` when it is not one. */
function exactQuantity(text: string): ExactQuantity | undefined {
  const parsed = parseQuantity(text);
  if (parsed === undefined) return undefined;
  if (parsed.exponent10 >= 0) return { numerator: parsed.mantissa * 10n ** BigInt(parsed.exponent10), denominator: 1n };
  return { numerator: parsed.mantissa, denominator: 10n ** BigInt(-parsed.exponent10) };
}

/** Compares two quantities: negative when `a < b`, 0 when equal, positive when `a > b`. */
export function compareQuantities(a: ExactQuantity, b: ExactQuantity): number {
  if (a.denominator === b.denominator) return a.numerator < b.numerator ? -1 : a.numerator > b.numerator ? 1 : 0;
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when the quantity is a whole number of base units. */
export function isWhole(q: ExactQuantity): boolean {
  return q.denominator === 1n || q.numerator % q.denominator === 0n;
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

/** The exact sum of two quantities. */
export function addQuantities(a: ExactQuantity, b: ExactQuantity): ExactQuantity {
  if (a.denominator === b.denominator) return { numerator: a.numerator + b.numerator, denominator: a.denominator };
  return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** The larger of two quantities; `undefined` counts as absent. */
export function maxQuantity(a: ExactQuantity | undefined, b: ExactQuantity | undefined): ExactQuantity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareQuantities(a, b) >= 0 ? a : b;
}

/** A quantity in base units as decimal text, e.g. `2.5` (cores) or `1073741824` (bytes), for messages. */
export function formatExact(q: ExactQuantity): string {
  if (q.denominator === 1n) return q.numerator.toString();
  const sign = q.numerator < 0n ? '-' : '';
  const magnitude = q.numerator < 0n ? -q.numerator : q.numerator;
  const fraction = magnitude % q.denominator;
  const whole = (magnitude / q.denominator).toString();
  if (fraction === 0n) return `${sign}${whole}`;
  const digits = q.denominator.toString().length - 1; // the denominator is a power of ten
  let text = fraction.toString().padStart(digits, '0');
  while (text.endsWith('0')) text = text.slice(0, -1);
  return `${sign}${whole}.${text}`;
}
