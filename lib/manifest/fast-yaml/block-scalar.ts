/**
 * Block scalars for the fast reader: literal (`|`) and folded (`>`), with the strip
 * (`-`), clip (default) and keep (`+`) chomping indicators and an indentation detected
 * from the first non-empty line. An explicit indentation indicator (`|2`), a tab in the
 * indentation, a leading empty line indented deeper than the text, or a folded line
 * that starts with white space (kept as is by YAML's folding) leaves the fast reader.
 */
import { bail } from './bail';

/** A block scalar, and where the line after it starts. */
export interface ScannedBlockScalar {
  /** The scalar's value. */
  readonly value: string;
  /** Offset of the first line that is not part of the scalar (or the end of the document). */
  readonly next: number;
}

/**
 * Reads the block scalar whose header (`|` or `>`) is at `header` on a line ending at
 * `headerLineEnd`; its text starts on the line at `firstLine`, is indented deeper than
 * `ownerIndent`, and stops before `end`.
 */
export function scanBlockScalar(
  text: string,
  header: number,
  headerLineEnd: number,
  firstLine: number,
  end: number,
  ownerIndent: number,
): ScannedBlockScalar {
  const folded = text.charCodeAt(header) === 0x3e; /* > */
  let at = header + 1;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  const indicator = text.charCodeAt(at);
  if (indicator === 0x2d /* - */) chomp = 'strip';
  else if (indicator === 0x2b /* + */) chomp = 'keep';
  if (chomp !== 'clip') at++;
  if (at < headerLineEnd) {
    const code = text.charCodeAt(at);
    if (code !== 0x20) bail();
    while (at < headerLineEnd && text.charCodeAt(at) === 0x20) at++;
    if (at < headerLineEnd && text.charCodeAt(at) !== 0x23 /* # */) bail();
  }

  const lines: string[] = [];
  let indent = -1;
  let deepestLeadingEmpty = 0;
  let lineStart = firstLine;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    const terminated = lineEnd !== -1 && lineEnd < end;
    const next = terminated ? lineEnd + 1 : end;
    if (!terminated) lineEnd = end;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    let spaces = 0;
    while (lineStart + spaces < lineEnd && text.charCodeAt(lineStart + spaces) === 0x20) spaces++;
    const width = lineEnd - lineStart;
    const allSpaces = spaces === width;
    // White space after the last line break is no line of the scalar.
    if (!terminated && allSpaces && (indent === -1 || width <= indent)) {
      lineStart = next;
      break;
    }
    if (indent === -1) {
      if (allSpaces) {
        deepestLeadingEmpty = Math.max(deepestLeadingEmpty, spaces);
        lines.push('');
        lineStart = next;
        continue;
      }
      if (spaces <= ownerIndent) break;
      if (text.charCodeAt(lineStart + spaces) === 0x09 || deepestLeadingEmpty > spaces) bail();
      indent = spaces;
    }
    if (allSpaces && width <= indent) {
      lines.push('');
    } else if (spaces >= indent) {
      lines.push(text.slice(lineStart + indent, lineEnd));
    } else {
      // A less indented line ends the scalar; a tab in its indentation is left to the yaml package.
      if (text.charCodeAt(lineStart + spaces) === 0x09) bail();
      break;
    }
    lineStart = next;
  }
  if (indent === -1) {
    if (chomp === 'keep') bail();
    return { value: '', next: lineStart };
  }

  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  const trailing = lines.length - 1 - last;
  const body = folded ? fold(lines, last) : lines.slice(0, last + 1).join('\n');
  const value = chomp === 'strip' ? body : chomp === 'clip' ? `${body}\n` : `${body}\n${'\n'.repeat(trailing)}`;
  return { value, next: lineStart };
}

/**
 * YAML's line folding for lines that do not start with white space: a single line
 * break between two lines becomes a space; n empty lines between them become n line
 * breaks; leading empty lines stay line breaks.
 */
function fold(lines: readonly string[], last: number): string {
  let out = '';
  let empties = 0;
  let started = false;
  for (let index = 0; index <= last; index++) {
    const line = lines[index];
    if (line === '') {
      empties++;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) bail();
    if (!started) out = '\n'.repeat(empties) + line;
    else out += empties === 0 ? ` ${line}` : '\n'.repeat(empties) + line;
    started = true;
    empties = 0;
  }
  return out;
}
