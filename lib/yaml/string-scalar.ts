import { literalBlock } from './block-scalar';
import { DOCUMENT_MARKER, doubleQuoted, quoted } from './quoted-scalar';
import { plainReadsAsString } from './yaml11';

/**
 * How one string is written: plain, single-quoted, double-quoted or as a literal block,
 * decided as the `yaml` package (2.9.1, `version: '1.1'`, `lineWidth: 0`) decides, plus the
 * deviations that keep the value a string for YAML 1.1 readers (go-yaml v2, libyaml):
 *
 * 1. A plain scalar that go-yaml v2 resolves to something other than a string although the
 *    `yaml` package's YAML 1.1 schema does not (`0o17`, `0X1F`, `0B11`, `+0o17`, `1e3_0`,
 *    `0b-1`, `0_x1F`, `2001-12-14 21:59:43,5`...) is quoted.
 * 2. A mapping key `<<` is quoted (go-yaml merges any plain `<<` key).
 * 3. A string holding U+0085, U+2028, U+2029, U+007F to U+009F, U+FFFE or U+FFFF is
 *    double-quoted with escapes (see `quoted-scalar.ts`).
 * 4. A string starting with U+FEFF (byte order mark) is quoted where it would start a line
 *    (a root scalar or a key of the root mapping): readers drop a BOM at column 0.
 * 5. Root block scalars are indented, a block scalar whose first content line starts with a
 *    tab gets an indentation indicator, and a multi-line string of blank lines holding
 *    spaces is double-quoted (see `block-scalar.ts`).
 *
 * A string with an unpaired UTF-16 surrogate cannot be written as UTF-8 at all: it is
 * reported with {@link UnwritableStringError}.
 */

/** Thrown for a string that no YAML reader can get back (it holds an unpaired surrogate). */
export class UnwritableStringError extends Error {}

/**
 * The implicit types of the `yaml` package's YAML 1.1 schema (null, bool, int in four
 * bases, float, sexagesimal int and float, timestamp): a plain string matching one of them
 * is quoted by the `yaml` package.
 */
const YAML_PACKAGE_IMPLICIT_TYPE_LIST: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

/** {@link YAML_PACKAGE_IMPLICIT_TYPE_LIST} as one expression. */
const YAML_PACKAGE_IMPLICIT_TYPES = new RegExp(
  YAML_PACKAGE_IMPLICIT_TYPE_LIST.map((type) => `(?:${type.source})`).join('|'),
);

/**
 * The spellings of booleans and null that both the `yaml` package and go-yaml v2 resolve;
 * no other string that starts with a letter is resolved by either, except that the `yaml`
 * package takes `e3`, `E+5`... (an exponent without a mantissa) for floats.
 */
const BOOL_AND_NULL_WORDS: ReadonlySet<string> = new Set(
  ['y', 'yes', 'true', 'on', 'n', 'no', 'false', 'off', 'null'].flatMap((word) => [
    word,
    word[0]!.toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ]),
);

/** Characters that force double quotes: the `yaml` package's control characters, plus deviation 3. */
const NEEDS_DOUBLE_QUOTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/;

/** With the `u` flag this matches only surrogates that are not part of a pair. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/** What the `yaml` package never writes plain (indicators, `: `, ` #`, edge whitespace...). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/**
 * The common case: a word, path, image reference or number-like text, made of
 * `[A-Za-z0-9_/]` followed by `[A-Za-z0-9_./:=+-]`, not ending with `:`. Such a text is
 * plain unless it resolves to another type. `SIMPLE_CHARS` holds 2 for characters allowed
 * first, 1 for those allowed after.
 */
const SIMPLE_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  SIMPLE_CHARS[c] = /[A-Za-z0-9_/]/.test(ch) ? 2 : /[.:=+-]/.test(ch) ? 1 : 0;
}

function isSimplePlain(value: string): boolean {
  const length = value.length;
  const first = value.charCodeAt(0);
  if (length === 0 || first >= 128 || SIMPLE_CHARS[first] !== 2) {
    return false;
  }
  for (let i = 1; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || SIMPLE_CHARS[c] === 0) {
      return false;
    }
  }
  return value.charCodeAt(length - 1) !== 58; /* : */
}

/** Indentation of the keys of the root mapping: the only keys that start at column 0. */
const ROOT_KEY_INDENT = '  ';

/** Whether both the `yaml` package and go-yaml v2 read `value`, written plain, as this string. */
function plainIsString(value: string, implicitKey: boolean): boolean {
  return (
    !YAML_PACKAGE_IMPLICIT_TYPES.test(value) &&
    plainReadsAsString(value, implicitKey ? 'key' : 'value')
  );
}

/** Letters that may start a YAML 1.1 boolean or null (`y`, `n`, `o`, `t`, `f` in either case). */
function mayStartBoolOrNull(code: number): boolean {
  const lower = code | 0x20;
  return lower === 121 || lower === 110 || lower === 111 || lower === 116 || lower === 102;
}

function renderUncommon(value: string, implicitKey: boolean, indent: string): string {
  if (UNPAIRED_SURROGATE.test(value)) {
    throw new UnwritableStringError(
      'holds an unpaired UTF-16 surrogate, which cannot be written as UTF-8',
    );
  }
  if (NEEDS_DOUBLE_QUOTES.test(value)) {
    return doubleQuoted(value, implicitKey, indent);
  }
  const multiLine = value.includes('\n');
  if (implicitKey && multiLine) {
    return quoted(value, implicitKey, indent);
  }
  if (NOT_PLAIN.test(value)) {
    return implicitKey || !multiLine ? quoted(value, implicitKey, indent) : literalBlock(value, indent);
  }
  if (multiLine) {
    return literalBlock(value, indent);
  }
  if (DOCUMENT_MARKER.test(value)) {
    if (indent === '') {
      return literalBlock(value, indent);
    }
    if (implicitKey && indent === ROOT_KEY_INDENT) {
      return quoted(value, implicitKey, indent);
    }
  }
  const atColumnZero = implicitKey ? indent === ROOT_KEY_INDENT : indent === '';
  if (atColumnZero && value.charCodeAt(0) === 0xfeff) {
    return quoted(value, implicitKey, indent);
  }
  return plainIsString(value, implicitKey) ? value : quoted(value, implicitKey, indent);
}

/**
 * Writes a string scalar.
 *
 * @param value the string
 * @param implicitKey true for a mapping key (kept on one line, followed by `:`)
 * @param indent the indentation of the node: `''` at the document root, and for a key or
 *   value of a mapping the mapping's indentation plus two spaces
 * @returns the scalar as it appears after `key: `, `- ` or at the root
 * @throws UnwritableStringError for a string with an unpaired surrogate
 */
export function renderString(value: string, implicitKey: boolean, indent: string): string {
  if (isSimplePlain(value)) {
    const first = value.charCodeAt(0);
    const lower = first | 0x20;
    if (lower >= 97 && lower <= 122 && lower !== 101 /* e: the yaml package reads `e3` as a float */) {
      // Any other letter: only the boolean and null words resolve to something else.
      if (value.length > 5 || !mayStartBoolOrNull(first) || !BOOL_AND_NULL_WORDS.has(value)) {
        return value;
      }
      return quoted(value, implicitKey, indent);
    }
    if (first === 95 /* _ */ || first === 47 /* / */) {
      return value;
    }
    return plainIsString(value, implicitKey) ? value : quoted(value, implicitKey, indent);
  }
  return renderUncommon(value, implicitKey, indent);
}
