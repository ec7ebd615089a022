/**
 * The checks a YAML stream (or a piece of one) goes through before it is read: a
 * character YAML does not allow, and what makes the stream one to read whole. For
 * ASCII text they are quick scans of its bytes (ascii-scan); otherwise, and for text
 * holding a carriage return, the regular expressions of decode-text and split-documents.
 */
import { firstForbiddenAscii, hasMarkerLineAscii } from './ascii-scan';
import { firstForbiddenCharacter } from './decode-text';
import type { ManifestText } from './manifest-text';
import { needsWholeStream } from './split-documents';

/** What {@link checkYamlStream} found. */
export interface StreamCheck {
  /** Offset in the whole text of the first character YAML does not allow, or -1. */
  readonly forbidden: number;
  /** True when the stream must be read whole (see `needsWholeStream`); false when a character is forbidden. */
  readonly wholeStream: boolean;
}

/** Checks `manifest.text` from `start` to `end`, read as a stream of its own. */
export function checkYamlStream(manifest: ManifestText, start: number, end: number): StreamCheck {
  const codes = manifest.codes;
  if (codes instanceof Uint8Array) {
    const forbidden = firstForbiddenAscii(codes, start, end);
    if (forbidden !== -1) return { forbidden, wholeStream: false };
    const view = Buffer.from(codes.buffer, codes.byteOffset + start, end - start);
    // Telling a lone carriage return from a line end is left to the text's own check.
    if (!view.includes(0x0d)) return { forbidden, wholeStream: hasMarkerLineAscii(view) };
  }
  const text = manifest.text;
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  const forbidden = firstForbiddenCharacter(part);
  return forbidden === -1 ? { forbidden, wholeStream: needsWholeStream(part) } : { forbidden: start + forbidden, wholeStream: false };
}
