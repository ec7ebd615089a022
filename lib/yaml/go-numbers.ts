/**
 * The number syntax of Go's `strconv` package, as far as go-yaml v2 uses it to resolve plain
 * scalars: `ParseInt`/`ParseUint` with base 0 or 2, `ParseFloat`, and `big.Int.SetString`
 * with base 0. Values are computed with `bigint` so that the 64-bit range checks are exact.
 */

/** The outcome of a Go integer parse: a value, or the kind of error Go reports. */
export type GoIntParse =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly error: 'syntax' | 'range' };

const SYNTAX: GoIntParse = { ok: false, error: 'syntax' };
const RANGE: GoIntParse = { ok: false, error: 'range' };
const MAX_UINT64 = (1n << 64n) - 1n;
const INT64_CUTOFF = 1n << 63n;

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) {
    return code - 48;
  }
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122) {
    return lower - 97 + 10;
  }
  return -1;
}

/**
 * `strconv.ParseUint(s, base, 64)` for base 0 (prefix `0x`, `0o`, `0b` in either case, or a
 * leading `0` for octal) or an explicit base. Underscores are not accepted: go-yaml removes
 * them before it parses.
 */
export function goParseUint(s: string, base: 0 | 2): GoIntParse {
  if (s === '') {
    return SYNTAX;
  }
  let digits = s;
  let radix: number = base;
  if (base === 0) {
    radix = 10;
    if (s.charCodeAt(0) === 48 /* 0 */) {
      const prefix = s.length >= 3 ? s.charCodeAt(1) | 0x20 : 0;
      if (prefix === 98 /* b */) {
        radix = 2;
        digits = s.slice(2);
      } else if (prefix === 111 /* o */) {
        radix = 8;
        digits = s.slice(2);
      } else if (prefix === 120 /* x */) {
        radix = 16;
        digits = s.slice(2);
      } else {
        radix = 8;
        digits = s.slice(1);
      }
    }
  }
  const bigRadix = BigInt(radix);
  let value = 0n;
  for (let i = 0; i < digits.length; i++) {
    const digit = digitValue(digits.charCodeAt(i));
    if (digit < 0 || digit >= radix) {
      return SYNTAX;
    }
    value = value * bigRadix + BigInt(digit);
    // Go reports the overflow as soon as it happens, before looking at later characters.
    if (value > MAX_UINT64) {
      return RANGE;
    }
  }
  return { ok: true, value };
}

/** `strconv.ParseInt(s, base, 64)`: an optional sign, then {@link goParseUint}, then the int64 range. */
export function goParseInt(s: string, base: 0 | 2): GoIntParse {
  if (s === '') {
    return SYNTAX;
  }
  const sign = s.charCodeAt(0);
  const negative = sign === 45; /* - */
  const unsigned = goParseUint(negative || sign === 43 /* + */ ? s.slice(1) : s, base);
  if (!unsigned.ok) {
    return unsigned.error === 'range' ? RANGE : SYNTAX;
  }
  if (negative ? unsigned.value > INT64_CUTOFF : unsigned.value >= INT64_CUTOFF) {
    return RANGE;
  }
  return { ok: true, value: negative ? -unsigned.value : unsigned.value };
}

const UNSIGNED_BASE0_INTEGER = /^(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;

/** `big.Int.SetString(s, 0)` for an unsigned `s` without underscores: the value, or undefined. */
export function goParseBigUnsigned(s: string): bigint | undefined {
  if (!UNSIGNED_BASE0_INTEGER.test(s)) {
    return undefined;
  }
  if (s.length > 1 && s.charCodeAt(0) === 48 && digitValue(s.charCodeAt(1)) < 8) {
    return BigInt('0o' + s.slice(1));
  }
  return BigInt(s);
}

/**
 * Whether the underscores in a decimal float literal are where Go allows them: each one
 * between two digits (strconv's `underscoreOK`, without base prefixes).
 */
function underscoresBetweenDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 95 /* _ */) {
      const before = i > 0 ? s.charCodeAt(i - 1) : 0;
      const after = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (!(before >= 48 && before <= 57) || !(after >= 48 && after <= 57)) {
        return false;
      }
    }
  }
  return true;
}

const GO_DECIMAL_FLOAT = /^[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9][0-9_]*)?$/;

/**
 * `strconv.ParseFloat(s, 64)` for decimal literals (go-yaml only hands it strings that start
 * with a digit, a sign or a period, and never a hexadecimal float): the value when Go accepts
 * `s` and it is within the float64 range, otherwise undefined.
 */
export function goParseDecimalFloat(s: string): number | undefined {
  if (!GO_DECIMAL_FLOAT.test(s) || !/[0-9]/.test(s.replace(/[eE].*$/, ''))) {
    return undefined;
  }
  if (s.includes('_') && !underscoresBetweenDigits(s)) {
    return undefined;
  }
  const value = Number(s.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
