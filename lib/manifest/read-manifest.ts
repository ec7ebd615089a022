/**
 * Reads a manifest file (or standard input) into Kubernetes objects, as kubectl reads
 * it: YAML streams of documents, or JSON; empty documents skipped; Lists expanded.
 * Everything that goes wrong is a {@link ReadProblem} with a position, never an
 * exception: hostile input (binary data, huge files, alias bombs, deep nesting,
 * duplicate keys, `__proto__` keys) gives a clear problem and bounded work.
 */
import { decodeManifestBytes, findForbiddenCharacter } from './decode-text';
import { readDocuments, type ReadDocument } from './document-reader';
import { objectsOfDocument } from './expand-list';
import { looksLikeJson } from './json-stream';
import { formatByteSize, resolveReadLimits, type ReadLimits } from './limits';
import { LineIndex, type SourcePosition } from './line-index';
import { documentFieldPath, type ManifestObject, type ObjectSource } from './manifest-object';
import { locateFieldPath, type PositionNode } from './position-tree';
import { READ_RULES, type ReadProblem } from './read-problem';

/** What reading one file gave. */
export interface ManifestReadResult {
  /** The objects, in the order of the file. */
  readonly objects: ManifestObject[];
  /** The problems, in the order of the file. */
  readonly problems: ReadProblem[];
}

/** Reads the bytes of a manifest file named `file` (as the user named it). */
export function readManifestBytes(file: string, bytes: Uint8Array, limits: Partial<ReadLimits> = {}): ManifestReadResult {
  const resolved = resolveReadLimits(limits);
  if (bytes.byteLength > resolved.maxFileBytes) {
    return { objects: [], problems: [tooLarge(file, bytes.byteLength, resolved.maxFileBytes)] };
  }
  const decoded = decodeManifestBytes(bytes);
  if ('failure' in decoded) {
    const { failure } = decoded;
    return { objects: [], problems: [{ file, ...failure.position, severity: 'error', ruleId: failure.ruleId, fieldPath: '', message: failure.message, hint: failure.hint }] };
  }
  return readManifestText(file, decoded.text, resolved);
}

/** The problem of a file larger than the limit. */
export function tooLarge(file: string, size: number | undefined, limit: number): ReadProblem {
  return {
    file,
    line: 0,
    column: 0,
    severity: 'error',
    ruleId: READ_RULES.tooLarge,
    fieldPath: '',
    message: `the input is larger than ${formatByteSize(limit)}${size === undefined ? '' : ` (${formatByteSize(size)})`}: it was not read`,
    hint: 'split it into smaller files, or raise the limit (podsmith validate --max-file-size)',
  };
}

/** Reads the text of a manifest file named `file`. */
export function readManifestText(file: string, text: string, limits: Partial<ReadLimits> = {}): ManifestReadResult {
  const { maxDepth, maxObjectsPerFile } = resolveReadLimits(limits);
  const lines = new LineIndex(text);
  const objects: ManifestObject[] = [];
  const problems: ReadProblem[] = [];
  const forbidden = looksLikeJson(text) ? undefined : findForbiddenCharacter(text);
  if (forbidden !== undefined) {
    problems.push({ file, ...forbidden.position, severity: 'error', ruleId: forbidden.ruleId, fieldPath: '', message: forbidden.message, hint: forbidden.hint });
    return { objects, problems };
  }
  for (const document of readDocuments(text, maxDepth)) {
    if (document.problems.length > 0) {
      for (const problem of document.problems) {
        problems.push({ file, ...lines.position(problem.offset), severity: 'error', ruleId: problem.ruleId, fieldPath: '', message: problem.message, hint: problem.hint });
      }
      continue;
    }
    const locator = new DocumentLocator(document, lines);
    const found = objectsOfDocument(document.value);
    for (const shape of found.problems) {
      problems.push({ file, ...locator.position(shape.fieldPath), severity: 'error', ruleId: shape.ruleId, fieldPath: shape.fieldPath, message: shape.message, hint: shape.hint });
    }
    if (objects.length + found.objects.length > maxObjectsPerFile) {
      return { objects: [], problems: [...problems, tooManyObjects(file, maxObjectsPerFile)] };
    }
    for (const object of found.objects) objects.push({ value: object.value, source: new DocumentObjectSource(file, document.index, object.path, locator) });
  }
  return { objects, problems };
}

function tooManyObjects(file: string, limit: number): ReadProblem {
  return {
    file,
    line: 0,
    column: 0,
    severity: 'error',
    ruleId: READ_RULES.tooLarge,
    fieldPath: '',
    message: `the input holds more than ${limit} objects: it was not read`,
    hint: 'split it into smaller files',
  };
}

/** The source of an object: its file, document and place in the document (one small object per Kubernetes object). */
class DocumentObjectSource implements ObjectSource {
  constructor(
    readonly file: string,
    readonly documentIndex: number,
    readonly pathInDocument: string,
    private readonly locator: DocumentLocator,
  ) {}

  start(): SourcePosition {
    return this.locator.position(this.pathInDocument);
  }

  locate(fieldPath: string): SourcePosition {
    return this.locator.position(documentFieldPath(this.pathInDocument, fieldPath));
  }
}

/** Answers positions in one document, re-reading it with positions on the first question. */
class DocumentLocator {
  private tree: PositionNode | null | undefined;

  constructor(
    private readonly document: ReadDocument,
    private readonly lines: LineIndex,
  ) {}

  position(fieldPath: string): SourcePosition {
    if (this.tree === undefined) {
      try {
        this.tree = this.document.positions() ?? null;
      } catch {
        this.tree = null;
      }
    }
    const offset = this.tree === null ? this.document.offset() : locateFieldPath(this.tree, fieldPath);
    return this.lines.position(offset);
  }
}
