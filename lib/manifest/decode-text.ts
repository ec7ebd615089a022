/**
 * Bytes to text, as Kubernetes' YAML reader accepts them: UTF-8 (a byte order mark is
 * dropped), or UTF-16 when the bytes start with its byte order mark. Anything else is
 * binary data and is refused with the position of the first bad byte; so is a YAML
 * stream holding a control character.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { READ_RULES, type ReadRuleId } from './read-problem';
import type { SourcePosition } from './line-index';

/** Why bytes could not be turned into manifest text. */
export interface DecodeFailure {
  /** Which problem. */
  readonly ruleId: ReadRuleId;
  /** What is wrong, naming the offending byte or character. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** Where the first bad byte or character is. */
  readonly position: SourcePosition;
}

/** The outcome of {@link decodeManifestBytes}. */
export type DecodeResult = { readonly text: string; readonly asciiBytes?: Uint8Array } | { readonly failure: DecodeFailure };

const BINARY_HINT = 'manifests are text files in UTF-8; check that the path names a YAML or JSON file and not a binary one';

/** Decodes the bytes of a manifest file; for ASCII text, also gives its bytes (after a byte order mark), which are its character codes. */
export function decodeManifestBytes(bytes: Uint8Array): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    return decodeUtf16(buffer);
  }
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const body = buffer.subarray(start);
  // ASCII is UTF-8; the check for ASCII is the quicker one.
  const ascii = isAscii(body);
  if (!ascii && !isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    return {
      failure: {
        ruleId: READ_RULES.invalidEncoding,
        message: `the file is not valid UTF-8 text: byte 0x${hex(body[offset])} at byte offset ${offset + start} cannot start or continue a character`,
        hint: BINARY_HINT,
        position: bytePosition(body, offset),
      },
    };
  }
  // ASCII decodes alike either way; Latin-1 is a plain copy.
  return ascii ? { text: body.toString('latin1'), asciiBytes: body } : { text: body.toString('utf8') };
}

function decodeUtf16(buffer: Buffer): DecodeResult {
  const encoding = buffer[0] === 0xff ? 'utf-16le' : 'utf-16be';
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(buffer) };
  } catch {
    return {
      failure: {
        ruleId: READ_RULES.invalidEncoding,
        message: `the file starts with a UTF-16 byte order mark but is not valid ${encoding.toUpperCase()} text`,
        hint: 'save the file as UTF-8',
        position: { line: 1, column: 1 },
      },
    };
  }
}

/**
 * Characters a YAML stream may not hold (outside the printable set of the YAML spec):
 * C0 controls other than tab, line feed and carriage return, DEL, C1 controls other
 * than NEL, and the non-characters U+FFFE and U+FFFF.
 */
const FORBIDDEN_IN_YAML = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/**
 * The first character YAML does not allow in a stream, or undefined. JSON text is not
 * checked here: its own parser rejects raw control characters where they matter.
 */
export function findForbiddenCharacter(text: string): DecodeFailure | undefined {
  const offset = firstForbiddenCharacter(text);
  return offset === -1 ? undefined : forbiddenCharacterFailure(text, offset);
}

/** The offset of the first character YAML does not allow in `text`, or -1. */
export function firstForbiddenCharacter(text: string): number {
  const match = FORBIDDEN_IN_YAML.exec(text);
  return match === null ? -1 : match.index;
}

/** The problem of the forbidden character at `offset` of `text`. */
export function forbiddenCharacterFailure(text: string, offset: number): DecodeFailure {
  const code = text.charCodeAt(offset);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const position = textPosition(text, offset);
  return {
    ruleId: READ_RULES.invalidCharacter,
    message:
      code === 0
        ? `the file holds a NUL character (${name}) at line ${position.line}: it looks like binary data, not YAML`
        : `the control character ${name} is not allowed in YAML (line ${position.line}, column ${position.column})`,
    hint: code === 0 ? BINARY_HINT : 'remove the character, or write it as an escape sequence inside a double-quoted string (e.g. "\\x1b")',
    position,
  };
}

function textPosition(text: string, offset: number): SourcePosition {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

function bytePosition(bytes: Buffer, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
    line++;
    lineStart = at + 1;
  }
  const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
  return { line, column };
}

/** The offset of the first byte that breaks UTF-8 (the bytes are known to be invalid). */
function firstInvalidUtf8(bytes: Buffer): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > bytes.length) return at;
    if (length > 1 && !isUtf8(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return bytes.length;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
