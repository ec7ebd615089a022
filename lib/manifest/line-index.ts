/**
 * Turns offsets in a text into 1-based line and column numbers. The line starts are
 * computed on the first question, so a file without problems never pays for them.
 */

/** A 1-based line and column (UTF-16 code units, as editors count on one line of ASCII). */
export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** Answers line and column of offsets in one text (lines end at `\n`, `\r\n`, or a lone `\r`). */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The line and column of `offset` (clamped into the text). */
  position(offset: number): SourcePosition {
    const starts = this.lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low] + 1 };
  }

  private lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      if (LONE_CARRIAGE_RETURN.test(this.text)) {
        // YAML also breaks lines at a carriage return alone.
        for (const match of this.text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
      } else {
        for (let next = this.text.indexOf('\n'); next !== -1; next = this.text.indexOf('\n', next + 1)) starts.push(next + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }
}
