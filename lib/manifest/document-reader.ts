/**
 * Reads the documents of one manifest text with the right reader: JSON text with the
 * JSON stream reader; YAML text document by document with the fast reader, falling
 * back to the `yaml` package for a document the fast reader gives up on, or for the
 * whole stream when it cannot be split. Each document can later be re-read with
 * positions by the same reader, for locating fields.
 */
import { readFastDocument } from './fast-yaml/fast-reader';
import { readJsonStream, looksLikeJson } from './json-stream';
import type { PositionNode } from './position-tree';
import { splitYamlStream } from './split-documents';
import type { OffsetProblem } from './yaml-package/ast-to-data';
import { readWithYamlPackage } from './yaml-package/read-with-yaml';

/** A document of a manifest text. */
export interface ReadDocument {
  /** Index of the document in the text. */
  readonly index: number;
  /** Its data; meaningless when `problems` is not empty. */
  readonly value: unknown;
  /** Problems of reading it. */
  readonly problems: readonly OffsetProblem[];
  /** Offset where its content starts (for problems of the whole document); computed on request. */
  offset(): number;
  /** Re-reads the document with the positions of its nodes; undefined when that fails. */
  positions(): PositionNode | undefined;
}

/** Reads every document of `text`. */
export function readDocuments(text: string, maxDepth: number): ReadDocument[] {
  if (looksLikeJson(text)) return readJson(text, maxDepth);
  const layout = splitYamlStream(text);
  if (layout.whole) return readWholeYamlStream(text, maxDepth);
  const documents: ReadDocument[] = [];
  layout.spans.forEach((span, index) => {
    const fast = readFastDocument(text, span.start, span.end, maxDepth);
    if (fast !== undefined) {
      documents.push({
        index,
        value: fast.value,
        problems: [],
        offset: () => contentOffset(text, span.start, span.end),
        positions: () => readFastDocument(text, span.start, span.end, maxDepth, true)?.positions,
      });
      return;
    }
    const read = readWithYamlPackage(text, span.start, span.end, maxDepth);
    read.forEach((doc, position) => {
      documents.push({
        index,
        value: doc.value,
        problems: doc.problems,
        offset: () => doc.offset,
        positions: () => readWithYamlPackage(text, span.start, span.end, maxDepth, true)[position]?.positions,
      });
    });
  });
  return documents;
}

function readJson(text: string, maxDepth: number): ReadDocument[] {
  return readJsonStream(text, maxDepth).map((doc, index) => ({
    index,
    value: doc.value,
    problems: doc.problems,
    offset: () => doc.offset,
    positions: () => readJsonStream(text, maxDepth, true, doc.offset, doc.end)[0]?.positions,
  }));
}

function readWholeYamlStream(text: string, maxDepth: number): ReadDocument[] {
  let withPositions: ReturnType<typeof readWithYamlPackage> | undefined;
  return readWithYamlPackage(text, 0, text.length, maxDepth).map((doc, index) => ({
    index,
    value: doc.value,
    problems: doc.problems,
    offset: () => doc.offset,
    positions: () => {
      withPositions ??= readWithYamlPackage(text, 0, text.length, maxDepth, true);
      return withPositions[index]?.positions;
    },
  }));
}

/** The first content of a span: after its `---` line, blank lines and comments. */
function contentOffset(text: string, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const lineEnd = text.indexOf('\n', at);
    const stop = lineEnd === -1 || lineEnd > end ? end : lineEnd;
    const line = text.slice(at, stop);
    const trimmed = line.trimStart();
    const isMarker = at === start && /^---(?:\s|$)/.test(line);
    if (!isMarker && trimmed !== '' && !trimmed.startsWith('#')) return at + (line.length - trimmed.length);
    at = stop + 1;
  }
  return start;
}
