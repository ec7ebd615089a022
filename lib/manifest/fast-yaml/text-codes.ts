/**
 * The character codes of a text as a typed array, indexed like the text: the fast
 * reader reads a character from it with one load, where `charCodeAt` first checks how
 * the engine holds the string (a large text read from a file is held outside the heap).
 * Made once per text and shared by every document of it.
 */

/** Character codes by offset: one byte each for ASCII text, two otherwise. */
export type TextCodes = Uint8Array | Uint16Array;

/** The character codes of `text`. */
export function textCodes(text: string): TextCodes {
  // ASCII (one UTF-8 byte per character): its Latin-1 bytes are its codes.
  if (Buffer.byteLength(text, 'utf8') === text.length) return Buffer.from(text, 'latin1');
  const bytes = Buffer.from(text, 'utf16le');
  if (bytes.byteOffset % 2 === 0 && isLittleEndian()) return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  const codes = new Uint16Array(text.length);
  for (let at = 0; at < text.length; at++) codes[at] = text.charCodeAt(at);
  return codes;
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
