/**
 * Where the objects of one read document come from: a small source per object (file,
 * document, place in the document) sharing one locator per document, which re-reads the
 * document with positions on the first question only, so valid files cost nothing for it.
 */
import type { ReadDocument } from './document-reader';
import { objectsOfDocument } from './expand-list';
import type { LineIndex, SourcePosition } from './line-index';
import { documentFieldPath, type ManifestObject, type ObjectSource } from './manifest-object';
import { locateFieldPath, type PositionNode } from './position-tree';
import type { ReadProblem } from './read-problem';

/**
 * Adds the objects of `document` (Lists expanded) to `objects` and the problems of
 * reading it, or of its shape, to `problems`, located with `lines` (the index of the
 * whole text the document was read from).
 */
export function collectDocument(file: string, document: ReadDocument, lines: LineIndex, objects: ManifestObject[], problems: ReadProblem[]): void {
  if (document.problems.length > 0) {
    for (const problem of document.problems) {
      problems.push({ file, ...lines.position(problem.offset), severity: 'error', ruleId: problem.ruleId, fieldPath: '', message: problem.message, hint: problem.hint });
    }
    return;
  }
  const locator = new DocumentLocator(document, lines);
  const found = objectsOfDocument(document.value);
  for (const shape of found.problems) {
    problems.push({ file, ...locator.position(shape.fieldPath), severity: 'error', ruleId: shape.ruleId, fieldPath: shape.fieldPath, message: shape.message, hint: shape.hint });
  }
  for (const object of found.objects) objects.push({ value: object.value, source: new DocumentObjectSource(file, document.index, object.path, locator) });
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
