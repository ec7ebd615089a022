/**
 * A quick look for runaway nesting before the `yaml` package parses a text: brackets
 * opened far deeper than the limit (`[[[[...`), or a line of more nested sequence
 * entries than the limit (`- - - - ...`). The `yaml` package would stop such input
 * too, but only after spending time in proportion to its depth; this scan is linear
 * and cheap. It skips quoted text and comments; it may miss some deep nesting (which
 * the parser and the converter still stop), but never calls shallow YAML deep unless
 * brackets are left open by the thousand.
 */

/** The offset where the nesting of `text[start, end)` passes `maxDepth`, or -1. */
export function findRunawayNesting(text: string, start: number, end: number, maxDepth: number): number {
  let depth = 0;
  let lineStart = true;
  let dashes = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) {
      lineStart = true;
      dashes = 0;
      continue;
    }
    if (lineStart) {
      if (code === 0x20) continue;
      if (code === 0x2d /* - */ && text.charCodeAt(at + 1) === 0x20) {
        if (++dashes > maxDepth) return at;
        at++;
        continue;
      }
      lineStart = false;
    }
    switch (code) {
      case 0x5b: // [
      case 0x7b: // {
        if (++depth > maxDepth) return at;
        break;
      case 0x5d: // ]
      case 0x7d: // }
        if (depth > 0) depth--;
        break;
      case 0x22: // "
        at = skipDoubleQuoted(text, at, end);
        break;
      case 0x27: // '
        if (at > start && isWordCharacter(text.charCodeAt(at - 1))) break;
        at = skipTo(text, at + 1, end, 0x27);
        break;
      case 0x23: // #
        if (at === start || text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09) at = skipTo(text, at, end, 0x0a) - 1;
        break;
      default:
    }
  }
  return -1;
}

function skipDoubleQuoted(text: string, open: number, end: number): number {
  for (let at = open + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) at++;
    else if (code === 0x22) return at;
  }
  return end;
}

function skipTo(text: string, from: number, end: number, code: number): number {
  const found = text.indexOf(String.fromCharCode(code), from);
  return found === -1 || found >= end ? end : found;
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
