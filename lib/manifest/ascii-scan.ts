/**
 * Quick scans of the bytes of ASCII text for what the stream checks otherwise look for
 * with regular expressions over a string (see decode-text and split-documents): a
 * character YAML does not allow, and a line that starts a directive or a `...` document
 * end. The first reads four bytes at a time; the second is a native search.
 */

/** A control character YAML does not allow: C0 controls other than tab, line feed and carriage return, and DEL. */
function isForbiddenAscii(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** For each byte of `word` equal to the byte repeated in `repeated`, its high bit (the bytes are ASCII). */
function equalBytes(word: number, repeated: number): number {
  const diff = word ^ repeated;
  return ~((diff + 0x7f7f7f7f) | diff) & 0x80808080;
}

/**
 * The offset of the first character YAML does not allow in `codes[start, end)`, the
 * character codes of ASCII text (one byte each), or -1. The few bytes before the first
 * aligned word and after the last one are read one by one, here; the words in a loop of
 * their own, which runs on every call (code that runs on some calls only would make the
 * optimized loop fall back to the interpreter).
 */
export function firstForbiddenAscii(codes: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end && (codes.byteOffset + at) % 4 !== 0) {
    if (isForbiddenAscii(codes[at])) return at;
    at++;
  }
  const wordCount = (end - at) >> 2;
  const word = wordCount === 0 ? -1 : firstForbiddenWord(new Int32Array(codes.buffer, codes.byteOffset + at, wordCount));
  const from = word === -1 ? at + 4 * wordCount : at + 4 * word;
  for (let byte = from; byte < end; byte++) if (isForbiddenAscii(codes[byte])) return byte;
  return -1;
}

/** The index of the first of `words` (four ASCII bytes each) that holds a character YAML does not allow, or -1. */
function firstForbiddenWord(words: Int32Array): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // Adding one to each byte turns DEL into 0x80, masked to 0: then a byte below 0x21 is a control character or DEL.
    const shifted = (word + 0x01010101) & 0x7f7f7f7f;
    const controls = ~(shifted + 0x5f5f5f5f) & 0x80808080;
    if (controls !== 0 && (controls & ~(equalBytes(word, 0x0a0a0a0a) | equalBytes(word, 0x09090909) | equalBytes(word, 0x0d0d0d0d))) !== 0) return i;
  }
  return -1;
}

/**
 * True when a line of `view` (the bytes of ASCII text without a carriage return) starts
 * a directive (`%`) or a `...` document end, as the pattern `^(?:%|\.\.\.(?:[ \t\r]|$))`
 * of split-documents finds them.
 */
export function hasMarkerLineAscii(view: Buffer): boolean {
  if (view.length > 0 && startsMarker(view, 0)) return true;
  if (view.includes('\n%')) return true;
  for (let at = view.indexOf('\n...'); at !== -1; at = view.indexOf('\n...', at + 1)) if (startsMarker(view, at + 1)) return true;
  return false;
}

/** True when a directive or a `...` document end starts at `at`, a line start of `view`. */
function startsMarker(view: Buffer, at: number): boolean {
  if (view[at] === 0x25 /* % */) return true;
  if (at + 2 >= view.length || view[at] !== 0x2e || view[at + 1] !== 0x2e || view[at + 2] !== 0x2e) return false;
  if (at + 3 >= view.length) return true;
  const next = view[at + 3];
  return next === 0x20 || next === 0x09 || next === 0x0d || next === 0x0a;
}
