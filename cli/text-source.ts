/**
 * The texts of the inputs of a run, by file index, each obtained on first use (a worker
 * thread decodes the shared bytes of an input only when it reads a piece of it), with
 * the indexes that all pieces of a file read on one thread share (lines, character codes).
 */
import { ManifestText } from '../lib/manifest/manifest-text';
import type { TextSource } from './validate-chunks';

/** A text, and its bytes when they are its character codes (ASCII). */
export interface InputText {
  /** The text. */
  readonly text: string;
  /** The bytes of ASCII text. */
  readonly asciiBytes?: Uint8Array;
}

/** A {@link TextSource} over names given by index and texts obtained by index. */
export class IndexedTexts implements TextSource {
  private readonly manifests = new Map<number, ManifestText>();

  /** @param textOf the text of a file; undefined for an input that could not be read */
  constructor(
    private readonly names: readonly string[],
    private readonly textOf: (file: number) => InputText | undefined,
  ) {}

  name(file: number): string {
    return this.names[file];
  }

  manifest(file: number): ManifestText {
    let manifest = this.manifests.get(file);
    if (manifest === undefined) {
      const input = this.textOf(file);
      if (input === undefined) throw new Error(`input ${this.names[file]} has no text`);
      this.manifests.set(file, (manifest = new ManifestText(input.text, input.asciiBytes)));
    }
    return manifest;
  }
}
