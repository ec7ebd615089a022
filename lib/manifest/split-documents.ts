/**
 * Splits a YAML stream into its documents at the `---` lines, so that each document is
 * read on its own (by the fast reader, or by the `yaml` package when the fast reader
 * gives up). A `---` at the start of a line, followed by white space or the line's end,
 * always starts a document in YAML, whatever came before it.
 *
 * Streams that use what makes documents depend on each other or on line breaks other
 * than `\n` and `\r\n` (directives such as `%YAML`, `...` document ends, a byte order
 * mark inside the stream, a lone carriage return) are not split: the `yaml` package
 * reads them whole.
 */

/** A document's span in the text: from its `---` line (or the start) to the next `---` line (or the end). */
export interface DocumentSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
}

/** How a YAML stream is read: whole, or document by document (spans found as they are read). */
export type StreamLayout = { readonly whole: true } | { readonly whole: false; readonly spans: Iterable<DocumentSpan> };

const DIRECTIVE_OR_DOCUMENT_END = /^(?:%|\.\.\.(?:[ \t\r]|$))/m;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;

/** True when the stream must be read whole (the quick `includes` spare the regular expressions on most texts). */
export function needsWholeStream(text: string): boolean {
  if (text.includes('\ufeff')) return true;
  if (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text)) return true;
  const mayHaveMarker = text.startsWith('%') || text.startsWith('...') || text.includes('\n%') || text.includes('\n...');
  return mayHaveMarker && DIRECTIVE_OR_DOCUMENT_END.test(text);
}

/** Splits `text` into document spans, or says it must be read whole. */
export function splitYamlStream(text: string): StreamLayout {
  if (needsWholeStream(text)) return { whole: true };
  return { whole: false, spans: { [Symbol.iterator]: () => documentSpans(text) } };
}

/**
 * The document spans of `text` from `from` to `to`, which must be span boundaries (the
 * start of the text, a `---` line, or the end): exactly the spans a split of the whole
 * text gives there, so that a part of a stream can be read on its own.
 */
export function* documentSpans(text: string, from = 0, to = text.length): Generator<DocumentSpan> {
  const marker = new RegExp(DOCUMENT_START.source, 'gm');
  marker.lastIndex = from;
  let start = from;
  let found = false;
  for (let match = marker.exec(text); match !== null && match.index < to; match = marker.exec(text)) {
    if (match.index > start) {
      found = true;
      yield { start, end: match.index };
    }
    start = match.index;
    marker.lastIndex = match.index + 3;
  }
  if (to > start || !found) yield { start, end: to };
}
