/**
 * Limits that keep reading bounded on hostile input: a file larger than a limit, nesting
 * deeper than a limit, or more objects than a limit is a clear problem instead of
 * exhausted memory or stack.
 */

/** Limits applied while reading manifests. */
export interface ReadLimits {
  /** Largest file (or standard input) read, in bytes. @default 67108864 (64 MiB) */
  readonly maxFileBytes: number;
  /** Deepest nesting of mappings and sequences in one document. @default 1000 */
  readonly maxDepth: number;
  /** Most objects read from one file (Lists expanded); a file with more is not read. @default 500000 */
  readonly maxObjectsPerFile: number;
}

/** The default {@link ReadLimits}. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxDepth: 1000,
  maxObjectsPerFile: 500_000,
};

/** `limits` completed with the defaults. */
export function resolveReadLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  return {
    maxFileBytes: limits.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes,
    maxDepth: limits.maxDepth ?? DEFAULT_READ_LIMITS.maxDepth,
    maxObjectsPerFile: limits.maxObjectsPerFile ?? DEFAULT_READ_LIMITS.maxObjectsPerFile,
  };
}

/** `bytes` for people: `64 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatByteSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
