/**
 * TypeScript literals for values read from untrusted manifests: every string becomes a
 * properly escaped single-quoted literal, every key a bare name only when that is safe,
 * so nothing from the input can end a literal, open a comment or change what the
 * generated code does.
 */

/**
 * Characters escaped in string literals besides the quote and the backslash: C0 and C1
 * controls, line and paragraph separators, zero-width and bidirectional formatting
 * characters (which can make code read differently from what it does), the byte order
 * mark, and lone surrogates.
 */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `value` as a TypeScript string literal: single-quoted, or double-quoted when that needs
 * fewer escapes (`"it's"`), with every character that could end it or hide code escaped.
 */
export function stringLiteral(value: string): string {
  const singles = value.split("'").length - 1;
  const doubles = value.split('"').length - 1;
  const quote = doubles < singles ? '"' : "'";
  const special = quote === "'" ? /[\\']/g : /[\\"]/g;
  return `${quote}${value.replace(special, (c) => `\\${c}`).replace(ESCAPED, escapeCharacter)}${quote}`;
}

/**
 * `value` as a TypeScript number literal. `-0` keeps its sign; octal is used when asked for
 * (file modes such as `0o644`).
 * @param value the number
 * @param octal write a whole number from 0 to 0o7777 in octal @default false
 * @throws Error for NaN and infinities, which JSON (and so a manifest) cannot hold
 */
export function numberLiteral(value: number, octal = false): string {
  if (!Number.isFinite(value)) throw new Error(`a manifest cannot hold the number ${String(value)}`);
  if (Object.is(value, -0)) return '-0';
  if (octal && Number.isInteger(value) && value >= 0 && value <= 0o7777) return `0o${value.toString(8)}`;
  return String(value);
}

/** Words that may not name a variable (reserved words, strict-mode words and globals the generated code relies on). */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'abstract any arguments as async await boolean break case catch class const constructor continue debugger declare default delete do else enum ' +
    'eval export extends false finally for from function get if implements import in infer instanceof interface is keyof let module namespace never ' +
    'new null number object of package private protected public readonly require return satisfies set static string super switch symbol this throw ' +
    'true try type typeof undefined unique unknown var void while with yield Infinity NaN globalThis process exports console'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object literal key: bare when it is a plain identifier (`containerPort`), quoted
 * otherwise (`'app.kubernetes.io/name'`), and computed for `__proto__`, which a plain or
 * quoted key would turn into the object's prototype instead of a field.
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/** Whether `name` can be used as a variable name in the generated code. */
export function isUsableVariableName(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/**
 * Text safe inside a `//` comment: line terminators and other escaped characters are shown
 * as escapes, so the comment cannot end early and let text through as code.
 */
export function commentText(text: string): string {
  return text.replace(ESCAPED, escapeCharacter);
}
