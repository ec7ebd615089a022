/**
 * A Kubernetes object read from a manifest, with its source: the file, the document,
 * the place inside the document (for an item of a List), and a lookup from field
 * path to line and column. The lookup re-reads only the object's own document, on
 * the first question, so valid files cost nothing for it.
 */
import type { SourcePosition } from './line-index';

/** Where an object comes from. */
export interface ObjectSource {
  /** The file as the user named it (`<stdin>` for standard input). */
  readonly file: string;
  /** Index of the document in the file (0-based, counting the documents opened by `---` lines). */
  readonly documentIndex: number;
  /** Path of the object inside its document: empty, or `items[2]` for an item of a List. */
  readonly pathInDocument: string;
  /** Line and column where the object starts. */
  start(): SourcePosition;
  /**
   * Line and column of the key at `fieldPath` (e.g. `spec.containers[0].image`), or of its
   * nearest ancestor that exists in the document when the field itself is missing.
   */
  locate(fieldPath: string): SourcePosition;
}

/** An object read from a manifest. */
export interface ManifestObject {
  /** The object as plain JSON data. */
  readonly value: Record<string, unknown>;
  /** Where it comes from. */
  readonly source: ObjectSource;
}

/** The path of `fieldPath` inside the document of an object found at `pathInDocument`. */
export function documentFieldPath(pathInDocument: string, fieldPath: string): string {
  if (pathInDocument === '') return fieldPath;
  if (fieldPath === '') return pathInDocument;
  return fieldPath.startsWith('[') ? `${pathInDocument}${fieldPath}` : `${pathInDocument}.${fieldPath}`;
}
