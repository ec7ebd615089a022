/**
 * Reading a large YAML stream in pieces: runs of whole documents, cut at `---` lines,
 * that can be read one at a time (or on several threads) and give, put back together,
 * what {@link readManifestText} gives for the whole text.
 *
 * Some things belong to the whole file and are left to the caller that puts the pieces
 * together: a character YAML does not allow anywhere in the file makes the whole file
 * one problem, and so does a file with more objects than the limit; a directive, a `...`
 * document end, a lone carriage return or a byte order mark anywhere makes the stream
 * one to read whole. A piece that meets one of these says so (`wholeFile`), and so does
 * the caller that counts too many objects; the caller then reads the file with
 * {@link readManifestText}, which gives exactly what a reading of the whole gives. The
 * text is cut without looking for these first, so that cutting costs one quick scan.
 */
import { readDocumentsIn } from './document-reader';
import { collectDocument } from './document-source';
import { looksLikeJson } from './json-stream';
import { resolveReadLimits, type ReadLimits } from './limits';
import type { ManifestObject } from './manifest-object';
import { ManifestText } from './manifest-text';
import type { ReadProblem } from './read-problem';
import { documentSpans } from './split-documents';
import { checkYamlStream } from './stream-check';

/** A run of whole documents of a YAML stream. */
export interface ManifestPiece {
  /** Offset of its first character: the start of the text or of a `---` line. */
  readonly start: number;
  /** Offset just after its last character: the start of a `---` line or the end of the text. */
  readonly end: number;
  /** Index in the stream of its first document. */
  readonly firstDocument: number;
  /** Where its documents after the first start (its `---` lines), found while cutting: reading the piece need not look for them again. */
  readonly documentStarts?: readonly number[];
}

/** What reading one piece gave. */
export interface PieceReadResult {
  /** The objects, in the order of the text. */
  readonly objects: ManifestObject[];
  /** The problems, in the order of the text. */
  readonly problems: ReadProblem[];
  /** True when the piece holds what makes the file one to read whole (objects and problems are then empty). */
  readonly wholeFile: boolean;
}

/**
 * Cuts `text` into pieces of at least `length` characters each (the last may be
 * shorter), at document starts. Undefined when the text is one piece, or JSON text.
 */
export function cutManifestText(text: string, length: number): ManifestPiece[] | undefined {
  if (text.length < 2 * length || looksLikeJson(text)) return undefined;
  const pieces: ManifestPiece[] = [];
  let start = 0;
  let firstDocument = 0;
  let index = 0;
  let documentStarts: number[] = [];
  for (const span of documentSpans(text)) {
    index++;
    if (span.end >= text.length) break;
    if (span.end - start >= length) {
      pieces.push({ start, end: span.end, firstDocument, documentStarts });
      start = span.end;
      firstDocument = index;
      documentStarts = [];
    } else {
      documentStarts.push(span.end);
    }
  }
  pieces.push({ start, end: text.length, firstDocument, documentStarts });
  return pieces.length > 1 ? pieces : undefined;
}

/**
 * Reads the piece `piece` of `text`, a manifest file named `file`; `shared` holds the
 * indexes of the whole text, shared by the pieces of one file that one thread reads.
 */
export function readManifestPiece(file: string, text: string, piece: ManifestPiece, limits: Partial<ReadLimits> = {}, shared = new ManifestText(text)): PieceReadResult {
  const objects: ManifestObject[] = [];
  const problems: ReadProblem[] = [];
  const check = checkYamlStream(shared, piece.start, piece.end);
  if (check.forbidden !== -1 || check.wholeStream) return { objects, problems, wholeFile: true };
  const { maxDepth } = resolveReadLimits(limits);
  for (const document of readDocumentsIn(shared, piece, maxDepth)) {
    collectDocument(file, document, shared.lines, objects, problems);
  }
  return { objects, problems, wholeFile: false };
}
