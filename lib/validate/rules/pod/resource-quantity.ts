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
