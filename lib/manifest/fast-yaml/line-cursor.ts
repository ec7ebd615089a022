/**
 * The fast reader's view of the text: one line at a time, with its indentation, where
 * its content starts and ends (a `\r\n` line end excluded), and the small questions
 * asked of a line (blank or comment, `---`, a sequence entry, an indicator's end).
 */
import { bail } from './bail';
import type { TextCodes } from './text-codes';

/** Moves over the lines of one document, from a start offset to `end`. */
export class LineCursor {
  /** Offset where the current line starts. */
  protected lineStart = 0;
  /** Offset where the current line's text ends (before `\r\n` or `\n`). */
  protected lineEnd = 0;
  /** Offset where the next line starts. */
  protected nextLine = 0;
  /** Leading spaces of the current line; -1 at the end of the document. */
  protected indent = -1;
  /** Offset of the current line's first character after its indentation. */
  protected content = 0;

  constructor(
    protected readonly text: string,
    protected readonly end: number,
    /** The text's character codes (see text-codes). */
    protected readonly codes: TextCodes,
  ) {}

  /** Makes the line that starts at `start` the current line, or marks the end of the document. */
  protected load(start: number): void {
    const text = this.text;
    const codes = this.codes;
    if (start >= this.end) {
      this.indent = -1;
      this.lineStart = this.lineEnd = this.nextLine = this.content = this.end;
      return;
    }
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd >= this.end) {
      lineEnd = this.end;
      this.nextLine = this.end;
    } else {
      this.nextLine = lineEnd + 1;
    }
    if (lineEnd > start && codes[lineEnd - 1] === 0x0d) lineEnd--;
    let at = start;
    while (at < lineEnd && codes[at] === 0x20) at++;
    this.lineStart = start;
    this.lineEnd = lineEnd;
    this.content = at;
    this.indent = at - start;
  }

  /** Moves to the next line that holds something besides white space and a comment. */
  protected skipInsignificant(): void {
    const codes = this.codes;
    while (this.indent !== -1) {
      const at = this.content;
      // A tab where indentation would be is left to the yaml package, even on a blank line.
      if (at < this.lineEnd && codes[at] === 0x09) bail();
      if (at < this.lineEnd && codes[at] !== 0x23 /* # */) return;
      this.load(this.nextLine);
    }
  }

  /** True when the current line is a `---` document start (a tab after it leaves the fast reader). */
  protected isDocumentStart(): boolean {
    const codes = this.codes;
    const at = this.lineStart;
    if (codes[at] !== 0x2d || codes[at + 1] !== 0x2d || codes[at + 2] !== 0x2d) return false;
    const after = at + 3;
    if (after >= this.lineEnd) return true;
    const code = codes[after];
    if (code === 0x09) bail();
    return code === 0x20;
  }

  /** True when a sequence entry (`- ` or a lone `-`) starts at `at`. */
  protected isSequenceEntry(at: number): boolean {
    if (this.codes[at] !== 0x2d /* - */) return false;
    if (at + 1 >= this.lineEnd) return true;
    const next = this.codes[at + 1];
    if (next === 0x09) bail();
    return next === 0x20;
  }

  /** True when an indicator (`:` or `-`) followed by `at` ends there: a space or the line's end follows. */
  protected endsIndicator(at: number): boolean {
    if (at >= this.lineEnd) return true;
    const code = this.codes[at];
    if (code === 0x09) bail();
    return code === 0x20;
  }
}
