/**
 * What an unquoted (plain) YAML scalar means to Kubernetes. Kubernetes reads YAML with
 * go-yaml v2 (through sigs.k8s.io/yaml), which keeps the YAML 1.1 spellings:
 *
 * - booleans: `y Y yes Yes YES true True TRUE on On ON` and `n N no No NO false False FALSE off Off OFF`;
 * - null: the empty scalar, `~`, `null`, `Null`, `NULL`;
 * - integers in Go's syntax after dropping every `_`: decimal, `0x1F`, `0o17`, `0b101`,
 *   and a leading `0` for octal (`0755` is 493);
 * - floats: `1.5`, `.5`, `1e3`, `1.`, and `.inf`, `-.inf`, `.nan` (which JSON cannot hold);
 * - everything else is a string, timestamps (`2001-12-14`) and base 60 (`1:20`) included.
 *
 * One function decides it, for both the fast reader and the `yaml` package's tags, so the
 * two can never disagree.
 */

/** The value of a plain scalar: what go-yaml resolves it to. */
export type PlainScalarValue = string | number | boolean | null;

const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);
const POSITIVE_INFINITY_WORDS = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEGATIVE_INFINITY_WORDS = new Set(['-.inf', '-.Inf', '-.INF']);
const NAN_WORDS = new Set(['.nan', '.NaN', '.NAN']);

/** First characters go-yaml looks at further (by character code); any other first character makes a string. */
const HINT = new Uint8Array(128);
for (const char of '+-0123456789yYnNtTfFoO~.') HINT[char.charCodeAt(0)] = 1;

/** Go integer literal syntax (strconv.ParseInt with base 0), underscores already removed. */
const GO_INTEGER = /^([-+]?)(?:0([xX])([0-9a-fA-F]+)|0([bB])([01]+)|0([oO])([0-7]+)|(0[0-7]*)|([1-9][0-9]*))$/;
/** go-yaml's float syntax for scalars that start with a digit or a sign. */
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Floats that start with a dot (Go's strconv.ParseFloat on the scalar as written). */
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+)?$/;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Resolves a plain scalar the way Kubernetes does. */
export function resolvePlainScalar(source: string): PlainScalarValue {
  if (source.length === 0) return null;
  const first = source.charCodeAt(0);
  if (first >= 128 || HINT[first] === 0) return source;
  if (TRUE_WORDS.has(source)) return true;
  if (FALSE_WORDS.has(source)) return false;
  if (NULL_WORDS.has(source)) return null;
  if (POSITIVE_INFINITY_WORDS.has(source)) return Number.POSITIVE_INFINITY;
  if (NEGATIVE_INFINITY_WORDS.has(source)) return Number.NEGATIVE_INFINITY;
  if (NAN_WORDS.has(source)) return Number.NaN;
  if (first === 0x2e /* . */) return DOT_FLOAT.test(source) ? finiteOr(Number(source.replace(/_/g, '')), source) : source;
  const isDigitOrSign = (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d;
  if (!isDigitOrSign) return source;
  const plain = source.includes('_') ? source.replace(/_/g, '') : source;
  const integer = goInteger(plain);
  if (integer !== undefined) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) return finiteOr(Number(plain), source);
  return source;
}

/** The kind of value a plain scalar resolves to. */
export function plainScalarKind(source: string): 'null' | 'bool' | 'int' | 'float' | 'string' {
  const value = resolvePlainScalar(source);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  return isIntegerSyntax(source) ? 'int' : 'float';
}

/** True when the scalar resolves through Go's integer syntax (not through the float syntax). */
function isIntegerSyntax(source: string): boolean {
  const plain = source.replace(/_/g, '');
  return goInteger(plain) !== undefined;
}

/** Go's ParseInt(s, 0, 64), then ParseUint(s, 0, 64); undefined when neither accepts `plain`. */
function goInteger(plain: string): number | undefined {
  const match = GO_INTEGER.exec(plain);
  if (match === null) return undefined;
  const negative = match[1] === '-';
  let magnitude: bigint;
  if (match[3] !== undefined) magnitude = BigInt(`0x${match[3]}`);
  else if (match[5] !== undefined) magnitude = BigInt(`0b${match[5]}`);
  else if (match[7] !== undefined) magnitude = BigInt(`0o${match[7]}`);
  else if (match[8] !== undefined) magnitude = match[8].length > 1 ? BigInt(`0o${match[8].slice(1)}`) : 0n;
  else magnitude = BigInt(match[9]);
  const value = negative ? -magnitude : magnitude;
  const fitsInt64 = value >= INT64_MIN && value <= INT64_MAX;
  const fitsUint64 = match[1] === '' && value >= 0n && value <= UINT64_MAX;
  if (!fitsInt64 && !fitsUint64) return undefined;
  return value === 0n ? 0 : Number(value);
}

/** Go's ParseFloat fails on overflow, and go-yaml then keeps the scalar as a string. */
function finiteOr(value: number, source: string): number | string {
  return Number.isFinite(value) ? value : source;
}
