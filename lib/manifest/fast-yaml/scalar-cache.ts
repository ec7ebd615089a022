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

  /** The value cached for the text `text[start, end)` (or its character codes), with hash `hash`, or {@link MISS}. */
  get(text: TextCodes | string, start: number, end: number, hash: number): T | typeof MISS {
    const slot = hash & (SLOTS - 1);
    const cached = this.texts[slot];
    if (cached === undefined || cached.length !== end - start) return MISS;
    if (typeof text === 'string') return text.startsWith(cached, start) ? this.values[slot] : MISS;
    for (let at = start, i = 0; at < end; at++, i++) if (text[at] !== cached.charCodeAt(i)) return MISS;
    return this.values[slot];
  }

  /** Caches `value` for `source` (the text from which `hash` was computed). */
  set(source: string, hash: number, value: T): void {
    if (source.length > CACHEABLE_LENGTH) return;
    const slot = hash & (SLOTS - 1);
    this.texts[slot] = source;
    this.values[slot] = value;
  }
}

/** Extends the running hash `hash` by the character code `code`. */
export function extendHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}
