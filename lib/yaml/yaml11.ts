import { goParseBigUnsigned, goParseDecimalFloat, goParseInt, goParseUint } from './go-numbers';
import { isGoYamlTimestamp } from './yaml11-timestamp';

/**
 * YAML 1.1 implicit resolution of plain scalars, as Kubernetes does it.
 *
 * Kubernetes reads manifests with sigs.k8s.io/yaml, which runs go-yaml v2: a YAML 1.1 reader
 * that turns an unquoted `yes`, `on`, `~`, `0755`, `0x1F`, `1_000` or `1e3` into a boolean,
 * null or number. This module mirrors go-yaml v2's `resolve` function (the copy vendored in
 * sigs.k8s.io/yaml, with its big-integer fallback) and Go's number parsing, so that an
 * emitter can tell which strings must be quoted and a reader can type what it reads.
 *
 * Differences from the YAML 1.1 type repository that go-yaml v2 has, and so this module has:
 * sexagesimal numbers (`1:20`) are strings; Go's own literal forms are numbers (`0o17`,
 * `0X1F`, `0B11`, `1e3_0` once underscores are removed); `=` (the value key) is a string;
 * `<<` resolves to a string as a value and is a merge key only in key position.
 */

/** The type go-yaml v2 gives a plain scalar. */
export type Yaml11Kind = 'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'str';

/** A plain scalar resolved the way go-yaml v2 resolves it. */
export interface Yaml11Scalar {
  /** The resolved type. */
  readonly kind: Yaml11Kind;
  /**
   * The value: `null`; a boolean; a number for floats and for integers that are safe
   * JavaScript integers, a `bigint` for larger integers; the original text for `str` and for
   * `timestamp` (go-yaml v2 decodes a timestamp into an untyped value as its text).
   */
  readonly value: null | boolean | number | bigint | string;
}

const NULL: Yaml11Scalar = { kind: 'null', value: null };
const TRUE: Yaml11Scalar = { kind: 'bool', value: true };
const FALSE: Yaml11Scalar = { kind: 'bool', value: false };

/** go-yaml v2's table of exact spellings (its `resolveMap`). */
const EXACT_SPELLINGS: ReadonlyMap<string, Yaml11Scalar> = new Map<string, Yaml11Scalar>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (s) => [s, TRUE] as const,
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (s) => [s, FALSE] as const,
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, NULL] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, { kind: 'float', value: NaN }] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map(
    (s) => [s, { kind: 'float', value: Infinity }] as const,
  ),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, { kind: 'float', value: -Infinity }] as const),
]);

/** go-yaml v2's `yamlStyleFloat`: the decimal forms it tries as floats after integers fail. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** The characters of every integer and float syntax that go-yaml v2 tries (after removing `_`). */
const NUMBER_CHARACTERS = /^[-+.0-9a-fA-FoOxX]*$/;

/** The first-character hint go-yaml v2 uses to pick a resolution path (`resolveTable`). */
function hintOf(text: string): 'map' | 'float' | 'number' | undefined {
  if (text === '') {
    return 'map';
  }
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 /* + */ || c === 45 /* - */) {
    return 'number';
  }
  if (c === 46 /* . */) {
    return 'float';
  }
  return 'yYnNtTfFoO~'.includes(text[0]!) ? 'map' : undefined;
}

function integer(value: bigint): Yaml11Scalar {
  const small = Number(value);
  return { kind: 'int', value: Number.isSafeInteger(small) ? small : value };
}

function resolveNumberLike(text: string): Yaml11Scalar | undefined {
  if (isGoYamlTimestamp(text)) {
    return { kind: 'timestamp', value: text };
  }
  const plain = text.includes('_') ? text.replace(/_/g, '') : text;
  if (!NUMBER_CHARACTERS.test(plain)) {
    return undefined; // e.g. `200m`, `250Mi`: no Go number syntax has these letters
  }
  const asInt = goParseInt(plain, 0);
  if (asInt.ok) {
    return integer(asInt.value);
  }
  const asUint = goParseUint(plain, 0);
  if (asUint.ok) {
    return integer(asUint.value);
  }
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = goParseDecimalFloat(plain);
    if (value !== undefined) {
      return { kind: 'float', value };
    }
  }
  if (plain.startsWith('0b')) {
    const binary = goParseInt(plain.slice(2), 2);
    if (binary.ok) {
      return integer(binary.value);
    }
    const unsignedBinary = goParseUint(plain.slice(2), 2);
    if (unsignedBinary.ok) {
      return integer(unsignedBinary.value);
    }
  } else if (plain.startsWith('-0b')) {
    const binary = goParseInt('-' + plain.slice(3), 2);
    if (binary.ok) {
      return integer(binary.value);
    }
  }
  if (!asUint.ok && asUint.error === 'range') {
    const big = goParseBigUnsigned(plain);
    if (big !== undefined) {
      return integer(big);
    }
  }
  return undefined;
}

/**
 * Resolves a plain (unquoted, untagged) scalar the way go-yaml v2 does.
 *
 * @param text the scalar's text as written, without quotes
 * @returns its type and value; `kind` is `str` when go-yaml v2 keeps it a string
 */
export function resolveYaml11Plain(text: string): Yaml11Scalar {
  const hint = hintOf(text);
  if (hint !== undefined) {
    const exact = EXACT_SPELLINGS.get(text);
    if (exact !== undefined) {
      return exact;
    }
    if (hint === 'float') {
      const value = goParseDecimalFloat(text);
      if (value !== undefined) {
        return { kind: 'float', value };
      }
    } else if (hint === 'number') {
      const resolved = resolveNumberLike(text);
      if (resolved !== undefined) {
        return resolved;
      }
    }
  }
  return { kind: 'str', value: text };
}

/**
 * Whether a plain mapping key is a merge key for go-yaml v2 (which merges any unquoted `<<`
 * key, whatever its value).
 */
export function isYaml11MergeKey(text: string): boolean {
  return text === '<<';
}

/**
 * Whether `text`, written unquoted, reads back as the same string under go-yaml v2.
 *
 * @param text the string
 * @param role `key` when it is written as a mapping key (where `<<` is a merge key)
 */
export function plainReadsAsString(text: string, role: 'key' | 'value'): boolean {
  if (role === 'key' && isYaml11MergeKey(text)) {
    return false;
  }
  return hintOf(text) === undefined || resolveYaml11Plain(text).kind === 'str';
}
