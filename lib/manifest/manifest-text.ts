/**
 * A manifest text with what readers of its parts share: the index of its lines and
 * the character codes the fast reader reads, each made on first use, once per text.
 */
import { textCodes, type TextCodes } from './fast-yaml/text-codes';
import { LineIndex } from './line-index';

/** A text and its shared, lazily made indexes. */
export class ManifestText {
  private lineIndex: LineIndex | undefined;
  private characterCodes: TextCodes | undefined;

  /** @param codes the text's character codes when the caller has them (e.g. the bytes of an ASCII file) */
  constructor(
    readonly text: string,
    codes?: TextCodes,
  ) {
    this.characterCodes = codes;
  }

  /** The line index of the text. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** The character codes of the text. */
  get codes(): TextCodes {
    return (this.characterCodes ??= textCodes(this.text));
  }
}
