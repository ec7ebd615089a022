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

/** How a YAML stream is read. */
export type StreamLayout = { readonly whole: true } | { readonly whole: false; readonly spans: readonly DocumentSpan[] };

const DIRECTIVE_OR_DOCUMENT_END = /^(?:%|\.\.\.(?:[ \t\r]|$))/m;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;

/** True when the stream must be read whole (the quick `includes` spare the regular expressions on most texts). */
function needsWholeStream(text: string): boolean {
  if (text.includes('\ufeff')) return true;
  if (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text)) return true;
  const mayHaveMarker = text.startsWith('%') || text.startsWith('...') || text.includes('\n%') || text.includes('\n...');
  return mayHaveMarker && DIRECTIVE_OR_DOCUMENT_END.test(text);
}

/** Splits `text` into document spans, or says it must be read whole. */
export function splitYamlStream(text: string): StreamLayout {
  if (needsWholeStream(text)) return { whole: true };
  const spans: DocumentSpan[] = [];
  let start = 0;
  DOCUMENT_START.lastIndex = 0;
  for (let match = DOCUMENT_START.exec(text); match !== null; match = DOCUMENT_START.exec(text)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index;
    DOCUMENT_START.lastIndex = match.index + 3;
  }
  if (text.length > start || spans.length === 0) spans.push({ start, end: text.length });
  return { whole: false, spans };
}
