/**
 * Reads the documents of one manifest text with the right reader: JSON text with the
 * JSON stream reader; YAML text document by document with the fast reader, falling
 * back to the `yaml` package for a document the fast reader gives up on, or for the
 * whole stream when it cannot be split. Documents are produced one at a time and empty
 * ones are skipped, so a text of millions of empty documents costs no memory. Each
 * document can later be re-read with positions by the same reader, for locating fields.
 */
import { readFastDocument } from './fast-yaml/fast-reader';
import { jsonDocuments, looksLikeJson, readJsonStream } from './json-stream';
import { ManifestText } from './manifest-text';
import type { PositionNode } from './position-tree';
import type { ManifestPiece } from './read-pieces';
import { documentSpans, splitYamlStream, type DocumentSpan } from './split-documents';
import { READ_RULES } from './read-problem';
import type { OffsetProblem } from './yaml-package/ast-to-data';
import { readWithYamlPackage, yamlPackageDocuments } from './yaml-package/read-with-yaml';

/** A document of a manifest text that holds something (data or problems). */
export interface ReadDocument {
  /** Index of the document in the text (empty documents count). */
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

/** Reads the documents of `text` that are not empty, one at a time. */
export function* readDocuments(text: string, maxDepth: number): Generator<ReadDocument> {
  yield* readDocumentsOf(new ManifestText(text), maxDepth);
}

/**
 * Reads the documents of a text that are not empty, one at a time, with the text's shared indexes.
 * @param wholeStream whether a YAML text must be read whole, when the caller has checked (see stream-check)
 * @default wholeStream found from the text
 */
export function* readDocumentsOf(manifest: ManifestText, maxDepth: number, wholeStream?: boolean): Generator<ReadDocument> {
  const text = manifest.text;
  if (looksLikeJson(text)) {
    yield* readJson(text, maxDepth);
    return;
  }
  const layout = wholeStream === undefined ? splitYamlStream(text) : wholeStream ? ({ whole: true } as const) : undefined;
  if (layout?.whole === true) {
    yield* readWholeYamlStream(text, maxDepth);
    return;
  }
  yield* readYamlSpans(manifest, layout?.spans ?? documentSpans(text), 0, maxDepth);
}

/**
 * Reads the documents of a YAML stream from `piece.start` to `piece.end`, span boundaries
 * of a stream that can be split (see {@link cutManifestText}), the first being document
 * `piece.firstDocument`: the same documents, with the same indexes, as reading the whole
 * text gives there. The piece's `documentStarts`, when given, are its span boundaries.
 */
export function readDocumentsIn(manifest: ManifestText, piece: ManifestPiece, maxDepth: number): Generator<ReadDocument> {
  const spans = piece.documentStarts === undefined ? documentSpans(manifest.text, piece.start, piece.end) : spansBetween(piece.start, piece.end, piece.documentStarts);
  return readYamlSpans(manifest, spans, piece.firstDocument, maxDepth);
}

/** The spans from `start` to `end` with boundaries `starts` (increasing, between them). */
function* spansBetween(start: number, end: number, starts: readonly number[]): Generator<DocumentSpan> {
  let from = start;
  for (const next of starts) {
    yield { start: from, end: next };
    from = next;
  }
  yield { start: from, end };
}

function* readYamlSpans(manifest: ManifestText, spans: Iterable<DocumentSpan>, firstIndex: number, maxDepth: number): Generator<ReadDocument> {
  const text = manifest.text;
  const codes = manifest.codes;
  let index = firstIndex;
  for (const span of spans) {
    const spanIndex = index++;
    const separator = separatorProblem(text, span.start, span.end);
    if (separator !== undefined) {
      yield documentOf(spanIndex, { value: undefined, problems: [separator], offset: separator.offset }, () => undefined);
      continue;
    }
    const fast = readFastDocument(text, span.start, span.end, maxDepth, false, codes);
    if (fast !== undefined) {
      if (fast.value === null) continue;
      yield {
        index: spanIndex,
        value: fast.value,
        problems: [],
        offset: () => contentOffset(text, span.start, span.end),
        positions: () => readFastDocument(text, span.start, span.end, maxDepth, true, codes)?.positions,
      };
      continue;
    }
    let position = 0;
    for (const doc of yamlPackageDocuments(text, span.start, span.end, maxDepth)) {
      const at = position++;
      if (isEmpty(doc)) continue;
      yield documentOf(spanIndex, doc, () => readWithYamlPackage(text, span.start, span.end, maxDepth, true)[at]?.positions);
    }
  }
}

function* readJson(text: string, maxDepth: number): Generator<ReadDocument> {
  let index = 0;
  for (const doc of jsonDocuments(text, maxDepth)) {
    const at = index++;
    if (isEmpty(doc)) continue;
    yield documentOf(at, doc, () => readJsonStream(text, maxDepth, true, doc.offset, doc.end)[0]?.positions);
  }
}

function* readWholeYamlStream(text: string, maxDepth: number): Generator<ReadDocument> {
  let withPositions: ReturnType<typeof readWithYamlPackage> | undefined;
  let index = 0;
  const separators = badSeparators(text);
  let previous = -1;
  for (const doc of yamlPackageDocuments(text, 0, text.length, maxDepth)) {
    const at = index++;
    // The document's own `---` line lies between the content of the one before and its content.
    const separator = separators.find((problem) => problem.offset > previous && problem.offset <= Math.max(doc.offset, previous + 1));
    previous = Math.max(previous, doc.offset);
    if (separator !== undefined) {
      yield documentOf(at, { value: undefined, problems: [separator], offset: separator.offset }, () => undefined);
      continue;
    }
    if (isEmpty(doc)) continue;
    yield documentOf(at, doc, () => {
      withPositions ??= readWithYamlPackage(text, 0, text.length, maxDepth, true);
      return withPositions[at]?.positions;
    });
  }
}

/** A document read by the `yaml` package path or the JSON reader, which know its offset. */
function documentOf(
  index: number,
  doc: { readonly value: unknown; readonly problems: readonly OffsetProblem[]; readonly offset: number },
  positions: () => PositionNode | undefined,
): ReadDocument {
  return { index, value: doc.value, problems: doc.problems, offset: () => doc.offset, positions };
}

function isEmpty(doc: { readonly value: unknown; readonly problems: readonly unknown[] }): boolean {
  return doc.value === null && doc.problems.length === 0;
}

/**
 * The problem of a `---` line at `start` followed by content on the same line (`--- {a: 1}`,
 * `--- |`, `--- !!map`). YAML allows it, but kubectl cuts a stream into documents at lines
 * that start with `---` and allows only white space and a comment after it
 * (apimachinery's `YAMLReader.Read`, "invalid Yaml document separator"): it reads no
 * further.
 */
function separatorProblem(text: string, start: number, end: number): OffsetProblem | undefined {
  if (!text.startsWith('---', start)) return undefined;
  let at = start + 3;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at >= end || text[at] === '\n' || text[at] === '\r' || text[at] === '#') return undefined;
  return {
    ruleId: READ_RULES.syntax,
    message: 'kubectl allows nothing but a comment after --- on its line ("invalid Yaml document separator"): it stops reading the file here',
    hint: 'start the document on the line after ---',
    offset: at,
  };
}

/**
 * The problems of a stream read whole that kubectl cannot read, in order: every `---` line
 * with content after it (see {@link separatorProblem}), and every directive (`%YAML 1.1`,
 * `%TAG ...`). kubectl cuts the stream at `---` lines before YAML sees it, so the lines of
 * a directive become a document of their own, which go-yaml refuses ("did not find
 * expected <document start>").
 */
function badSeparators(text: string): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next;
    if (text.startsWith('---', at)) {
      const problem = separatorProblem(text, at, lineEnd);
      if (problem !== undefined) problems.push(problem);
    } else if (text[at] === '%') {
      problems.push({
        ruleId: READ_RULES.syntax,
        message: 'kubectl cannot read a YAML directive: it cuts the stream at the --- line, and the directive alone is no document ("did not find expected <document start>")',
        hint: 'remove the directive line (Kubernetes reads YAML 1.1 without it)',
        offset: at,
      });
    }
    at = lineEnd + 1;
  }
  return problems;
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
