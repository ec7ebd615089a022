/**
 * A small cache of the short keys and plain scalars the fast reader meets again and
 * again in manifests (`apiVersion`, `name`, `v1`, `TCP`, `100m`): a hit returns the
 * string (or resolved value) met before instead of cutting and resolving it anew,
 * which saves most of the reader's allocations. Entries are keyed by a hash computed
 * while scanning and confirmed by comparing the text, so a hit is always exact.
 */

import type { TextCodes } from './text-codes';

/** The longest text cached. */
export const CACHEABLE_LENGTH = 48;

const SLOTS = 4096;

/** Returned by {@link ScalarCache.get} when the text is not cached. */
export const MISS: unique symbol = Symbol('miss');

/** A direct-mapped cache from source text to a value. */
export class ScalarCache<T> {
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly values: T[] = new Array<T>(SLOTS);
  /** The character codes of each slot's text, {@link CACHEABLE_LENGTH} per slot: compared without reading a string. */
  private readonly codes = new Uint16Array(SLOTS * CACHEABLE_LENGTH);
  /** The length of each slot's text; -1 for an empty slot. */
  private readonly lengths = new Int32Array(SLOTS).fill(-1);

  /** The value cached for the text `text[start, end)` (or its character codes), with hash `hash`, or {@link MISS}. */
  get(text: TextCodes | string, start: number, end: number, hash: number): T | typeof MISS {
    const slot = hash & (SLOTS - 1);
    if (this.lengths[slot] !== end - start) return MISS;
    if (typeof text === 'string') return text.startsWith(this.texts[slot] as string, start) ? this.values[slot] : MISS;
    const codes = this.codes;
    for (let at = start, i = slot * CACHEABLE_LENGTH; at < end; at++, i++) if (text[at] !== codes[i]) return MISS;
    return this.values[slot];
  }

  /** Caches `value` for `source` (the text from which `hash` was computed). */
  set(source: string, hash: number, value: T): void {
    if (source.length > CACHEABLE_LENGTH) return;
    const slot = hash & (SLOTS - 1);
    this.texts[slot] = source;
    this.values[slot] = value;
    this.lengths[slot] = source.length;
    for (let i = 0, at = slot * CACHEABLE_LENGTH; i < source.length; i++, at++) this.codes[at] = source.charCodeAt(i);
  }
}

/** Extends the running hash `hash` by the character code `code`. */
export function extendHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}
