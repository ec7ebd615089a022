/**
 * What an unquoted (plain) YAML scalar means to Kubernetes, as plain JSON data. The
 * resolution itself is the project's one mirror of go-yaml v2 (`lib/yaml/yaml11.ts`,
 * shared with the YAML emitter, so what podsmith writes and what it reads agree):
 *
 * - booleans: `y Y yes Yes YES true True TRUE on On ON` and `n N no No NO false False FALSE off Off OFF`;
 * - null: the empty scalar, `~`, `null`, `Null`, `NULL`;
 * - integers in Go's syntax after dropping every `_` (`0755` is 493, `0x1F`, `0o17`, `0b101`);
 * - floats: `1.5`, `.5`, `1e3`, and `.inf`, `-.inf`, `.nan` (which JSON cannot hold);
 * - everything else is a string, timestamps (`2001-12-14`) and base 60 (`1:20`) included.
 *
 * Integers beyond JavaScript's safe range become the nearest number, as `JSON.parse` does,
 * except where rounding would move them across the int64 bounds (see `int64Faithful`).
 * The fast reader and the `yaml` package's tags both resolve through this module.
 */
import { resolveYaml11Plain } from '../yaml/yaml11';

/** The value of a plain scalar: what go-yaml resolves it to, as JSON data. */
export type PlainScalarValue = string | number | boolean | null;

/** The kind of value a plain scalar resolves to. */
export type PlainScalarKind = 'null' | 'bool' | 'int' | 'float' | 'string';

/** First characters that can start anything but a string (go-yaml's `resolveTable`), by character code. */
const HINT = new Uint8Array(128);
for (const char of '+-0123456789yYnNtTfFoO~.') HINT[char.charCodeAt(0)] = 1;

/** Resolves a plain scalar the way Kubernetes does. */
export function resolvePlainScalar(source: string): PlainScalarValue {
  if (source.length > 0) {
    const first = source.charCodeAt(0);
    if (first >= 128 || HINT[first] === 0) return source;
  }
  const resolved = resolveYaml11Plain(source);
  switch (resolved.kind) {
    case 'null':
      return null;
    case 'bool':
      return resolved.value as boolean;
    case 'int':
      return typeof resolved.value === 'bigint' ? int64Faithful(resolved.value) : Number(resolved.value);
    case 'float':
      return Number(resolved.value);
    default:
      return source;
  }
}

const INT64_MAX = 2n ** 63n - 1n;
/** The largest number below 2^63 (doubles are 1024 apart there). */
const BELOW_INT64_LIMIT = 9223372036854774784;

/**
 * A large integer as the nearest number, except an integer up to 2^63-1 that would round
 * to 2^63: it becomes the largest number below 2^63, so that the schema layer's int64
 * check tells 9223372036854775807 (valid) from 9223372036854775808 (out of range) as
 * Kubernetes does. (An integer below -2^63 is a float to go-yaml, which Kubernetes then
 * reads as -2^63.)
 */
function int64Faithful(value: bigint): number {
  const rounded = Number(value);
  return value <= INT64_MAX && rounded >= 2 ** 63 ? BELOW_INT64_LIMIT : rounded;
}

/** The kind of value a plain scalar resolves to. */
export function plainScalarKind(source: string): PlainScalarKind {
  const kind = resolveYaml11Plain(source).kind;
  return kind === 'str' || kind === 'timestamp' ? 'string' : kind;
}
