/**
 * The error of a label selector string that does not parse, e.g.
 * `invalid label selector "env in (a": expected ')' at column 10`.
 */
export class SelectorSyntaxError extends Error {
  /** The selector as given. */
  public readonly selector: string;
  /** 1-based column (in characters) where the selector goes wrong. */
  public readonly column: number;
  /** What the parser expected there, e.g. `')'` or `a valid label key`. */
  public readonly expected: string;
  /** The text found at the column; absent at the end of the selector. */
  public readonly found?: string;
  /** Why what was found is not acceptable, when it has the right shape but a wrong content. */
  public readonly detail?: string;

  /**
   * @param selector the selector as given
   * @param index 0-based index (in UTF-16 code units) of the problem
   * @param expected what the parser expected there
   * @param found the text found there, if not at the end
   * @param detail why the found text is not acceptable
   */
  public constructor(selector: string, index: number, expected: string, found?: string, detail?: string) {
    const column = [...selector.slice(0, index)].length + 1;
    const foundPart = found === undefined ? '' : `, found '${found}'`;
    const detailPart = detail === undefined ? '' : `: ${detail}`;
    super(`invalid label selector ${JSON.stringify(selector)}: expected ${expected} at column ${column}${foundPart}${detailPart}`);
    this.name = 'SelectorSyntaxError';
    this.selector = selector;
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.detail = detail;
  }
}
