/**
 * The texts of the inputs of a run, by file index, each obtained on first use (a worker
 * thread decodes the shared bytes of an input only when it reads a piece of it) with
 * one line index per text, shared by all pieces of the file that one thread reads.
 */
import { LineIndex } from '../lib/manifest/line-index';
import type { TextSource } from './validate-chunks';

/** A {@link TextSource} over names given by index and texts obtained by index. */
export class IndexedTexts implements TextSource {
  private readonly texts = new Map<number, string>();
  private readonly lineIndexes = new Map<number, LineIndex>();

  /** @param textOf the text of a file; undefined for an input that could not be read */
  constructor(
    private readonly names: readonly string[],
    private readonly textOf: (file: number) => string | undefined,
  ) {}

  name(file: number): string {
    return this.names[file];
  }

  text(file: number): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = this.textOf(file);
      if (text === undefined) throw new Error(`input ${this.names[file]} has no text`);
      this.texts.set(file, text);
    }
    return text;
  }

  lines(file: number): LineIndex {
    let lines = this.lineIndexes.get(file);
    if (lines === undefined) this.lineIndexes.set(file, (lines = new LineIndex(this.text(file))));
    return lines;
  }
}
