/**
 * The fast reader's way out: thrown (without a stack trace) wherever the input leaves
 * the subset it reads, and caught once per document, which is then read by the `yaml`
 * package instead. It never reaches a caller.
 */

/** The thrown marker; a plain object, so throwing it records no stack. */
export const BAIL: { readonly bail: true } = Object.freeze({ bail: true });

/** Leaves the fast reader. */
export function bail(): never {
  throw BAIL;
}

/**
 * True for characters that may not start a plain scalar in block context:
 * `, [ ] { } # & * ! | > ' " % @ \` ? :` (quotes, flow and block scalar starts included).
 */
export function isIndicator(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case 0x3f: // ?
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}
