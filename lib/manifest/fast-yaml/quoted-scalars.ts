/**
 * Single-line quoted scalars for the fast reader: `"..."` with YAML's escapes and
 * `'...'` with `''` for a quote. A quoted scalar that goes on to the next line, or an
 * escape the reader does not know, leaves the fast reader.
 */
import { bail } from './bail';

/** A scalar read from the text, and the offset just after it. */
export interface ScannedScalar {
  /** The scalar's value. */
  readonly value: string;
  /** Offset just after the closing quote. */
  readonly end: number;
}

/** Reads the double-quoted scalar whose opening quote is at `start`, ending before `lineEnd`. */
export function scanDoubleQuoted(text: string, start: number, lineEnd: number): ScannedScalar {
  let out = '';
  let runStart = start + 1;
  for (let at = start + 1; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22 /* " */) {
      return { value: out + text.slice(runStart, at), end: at + 1 };
    }
    if (code === 0x5c /* \ */) {
      out += text.slice(runStart, at);
      if (at + 1 >= lineEnd) bail();
      const escape = text[at + 1];
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        out += simple;
        at += 1;
      } else {
        const width = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        if (width === 0 || at + 2 + width > lineEnd) bail();
        const digits = text.slice(at + 2, at + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(digits)) bail();
        const codePoint = parseInt(digits, 16);
        if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) bail();
        out += String.fromCodePoint(codePoint);
        at += 1 + width;
      }
      runStart = at + 1;
    }
  }
  return bail();
}

/** Reads the single-quoted scalar whose opening quote is at `start`, ending before `lineEnd`. */
export function scanSingleQuoted(text: string, start: number, lineEnd: number): ScannedScalar {
  let out = '';
  let runStart = start + 1;
  for (let at = start + 1; at < lineEnd; at++) {
    if (text.charCodeAt(at) !== 0x27 /* ' */) continue;
    if (at + 1 < lineEnd && text.charCodeAt(at + 1) === 0x27) {
      out += text.slice(runStart, at + 1);
      at += 1;
      runStart = at + 1;
      continue;
    }
    return { value: out + text.slice(runStart, at), end: at + 1 };
  }
  return bail();
}

/** Reads the quoted scalar (either style) whose opening quote is at `start`. */
export function scanQuoted(text: string, start: number, lineEnd: number): ScannedScalar {
  return text.charCodeAt(start) === 0x22 ? scanDoubleQuoted(text, start, lineEnd) : scanSingleQuoted(text, start, lineEnd);
}

/** The escapes of double-quoted YAML scalars that stand for one fixed character. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
});
