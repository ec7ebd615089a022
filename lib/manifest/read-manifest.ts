/**
 * Reads a manifest file (or standard input) into Kubernetes objects, as kubectl reads
 * it: YAML streams of documents, or JSON; empty documents skipped; Lists expanded.
 * Everything that goes wrong is a {@link ReadProblem} with a position, never an
 * exception: hostile input (binary data, huge files, alias bombs, deep nesting,
 * duplicate keys, `__proto__` keys) gives a clear problem and bounded work.
 */
import { decodeManifestBytes, forbiddenCharacterFailure } from './decode-text';
import { readDocumentsOf } from './document-reader';
import { collectDocument } from './document-source';
import { looksLikeJson } from './json-stream';
import { formatByteSize, resolveReadLimits, type ReadLimits } from './limits';
import type { ManifestObject } from './manifest-object';
import { ManifestText } from './manifest-text';
import { READ_RULES, type ReadProblem } from './read-problem';
import { checkYamlStream } from './stream-check';

/** What reading one file gave. */
export interface ManifestReadResult {
  /** The objects, in the order of the file. */
  readonly objects: ManifestObject[];
  /** The problems, in the order of the file. */
  readonly problems: ReadProblem[];
}

/** Reads the bytes of a manifest file named `file` (as the user named it). */
export function readManifestBytes(file: string, bytes: Uint8Array, limits: Partial<ReadLimits> = {}): ManifestReadResult {
  const decoded = decodeManifest(file, bytes, limits);
  return 'problem' in decoded ? { objects: [], problems: [decoded.problem] } : readManifestText(file, decoded.text, limits);
}

/**
 * The text of the bytes of a manifest file named `file`, or the problem that keeps them
 * from being read (too large, not UTF-8 or UTF-16 text): the first step of
 * {@link readManifestBytes}, for callers that read the text in parts.
 */
export function decodeManifest(file: string, bytes: Uint8Array, limits: Partial<ReadLimits> = {}): { readonly text: string; readonly asciiBytes?: Uint8Array } | { readonly problem: ReadProblem } {
  const { maxFileBytes } = resolveReadLimits(limits);
  if (bytes.byteLength > maxFileBytes) return { problem: tooLarge(file, bytes.byteLength, maxFileBytes) };
  const decoded = decodeManifestBytes(bytes);
  if ('failure' in decoded) {
    const { failure } = decoded;
    return { problem: { file, ...failure.position, severity: 'error', ruleId: failure.ruleId, fieldPath: '', message: failure.message, hint: failure.hint } };
  }
  // The bytes of ASCII text (after a byte order mark) are its character codes, which the fast reader reads.
  const { text, asciiBytes } = decoded;
  return asciiBytes === undefined ? { text } : { text, asciiBytes };
}

/** The problem of a file larger than the limit. */
export function tooLarge(file: string, size: number | undefined, limit: number): ReadProblem {
  return notRead(
    file,
    `the input is larger than ${formatByteSize(limit)}${size === undefined ? '' : ` (${formatByteSize(size)})`}: it was not read`,
    'split it into smaller files, or raise the limit (podsmith validate --max-file-size)',
  );
}

function tooManyObjects(file: string, limit: number): ReadProblem {
  return notRead(file, `the input holds more than ${limit} objects: it was not read`, 'split it into smaller files');
}

/** A file left unread because it is too large: the problem belongs to the whole file (line 0). */
function notRead(file: string, message: string, hint: string): ReadProblem {
  return { file, line: 0, column: 0, severity: 'error', ruleId: READ_RULES.tooLarge, fieldPath: '', message, hint };
}

/**
 * Reads the text of a manifest file named `file`.
 * @param shared the text with its indexes, when the caller has made them
 */
export function readManifestText(file: string, text: string, limits: Partial<ReadLimits> = {}, shared = new ManifestText(text)): ManifestReadResult {
  const { maxDepth, maxObjectsPerFile } = resolveReadLimits(limits);
  const lines = shared.lines;
  const objects: ManifestObject[] = [];
  const problems: ReadProblem[] = [];
  const check = looksLikeJson(text) ? undefined : checkYamlStream(shared, 0, text.length);
  if (check !== undefined && check.forbidden !== -1) {
    const forbidden = forbiddenCharacterFailure(text, check.forbidden);
    problems.push({ file, ...forbidden.position, severity: 'error', ruleId: forbidden.ruleId, fieldPath: '', message: forbidden.message, hint: forbidden.hint });
    return { objects, problems };
  }
  for (const document of readDocumentsOf(shared, maxDepth, check?.wholeStream)) {
    collectDocument(file, document, lines, objects, problems);
    if (objects.length > maxObjectsPerFile) return { objects: [], problems: [...problems, tooManyObjects(file, maxObjectsPerFile)] };
  }
  return { objects, problems };
}

