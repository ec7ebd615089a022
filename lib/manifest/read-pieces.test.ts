import { describe, expect, it } from 'vitest';
import type { ManifestObject } from './manifest-object';
import { readManifestText } from './read-manifest';
import { cutManifestText, readManifestPiece } from './read-pieces';

const DOCUMENTS = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n',
  '# only a comment\n',
  'apiVersion: v1\nkind: List\nitems:\n- {kind: Pod, metadata: {name: b}}\n- [not, an, object]\n',
  'kind: [\n',
  'a: &x {b: 1}\nc: *x\nkind: Anchored\n',
  'metadata:\n  name: twice\n  name: again\n',
  'kind: Pod\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  '',
  '- a sequence\n',
  'text: |\n  --- not a marker\n  ...\n',
];

const stream = (separator: string) => DOCUMENTS.map((document) => `---${separator}\n${document}`).join('').repeat(3);

/** What a reading gives, positions included. */
function summary(objects: readonly ManifestObject[]) {
  return objects.map((object) => ({
    value: object.value,
    file: object.source.file,
    documentIndex: object.source.documentIndex,
    pathInDocument: object.source.pathInDocument,
    start: object.source.start(),
    name: object.source.locate('metadata.name'),
  }));
}

function readInPieces(text: string, length: number) {
  const pieces = cutManifestText(text, length);
  if (pieces === undefined) return undefined;
  const results = pieces.map((piece) => readManifestPiece('f.yaml', text, piece));
  if (results.some((result) => result.wholeFile)) return 'whole';
  return { objects: results.flatMap((result) => result.objects), problems: results.flatMap((result) => result.problems), pieces: pieces.length };
}

describe('cutManifestText', () => {
  it('leaves short texts and JSON whole', () => {
    expect(cutManifestText('a: 1\n---\nb: 2\n', 100)).toBeUndefined();
    expect(cutManifestText(`{"a": 1}\n${' '.repeat(1000)}`, 10)).toBeUndefined();
  });

  it('cuts at document starts, the pieces covering the text', () => {
    const text = stream('');
    for (const length of [1, 7, 40, 200]) {
      const pieces = cutManifestText(text, length) ?? [];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces[0].start).toBe(0);
      expect(pieces[pieces.length - 1].end).toBe(text.length);
      for (let i = 1; i < pieces.length; i++) {
        expect(pieces[i].start).toBe(pieces[i - 1].end);
        expect(text.startsWith('---', pieces[i].start)).toBe(true);
      }
    }
  });

  it('gives each piece the starts of its documents after the first', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n';
    expect(cutManifestText(text, 10)).toEqual([
      { start: 0, end: 14, firstDocument: 0, documentStarts: [5] },
      { start: 14, end: text.length, firstDocument: 2, documentStarts: [23] },
    ]);
  });
});

describe('readManifestPiece', () => {
  it.each([
    ['plain markers', stream('')],
    ['markers with comments', stream(' # next')],
    ['Windows line ends', stream('').replace(/\n/g, '\r\n')],
    ['no marker before the first document', stream('').slice(4)],
  ])('gives, piece by piece, what reading the whole text gives (%s)', (_, text) => {
    const whole = readManifestText('f.yaml', text);
    for (const length of [1, 13, 60, 250]) {
      const pieces = readInPieces(text, length);
      if (pieces === undefined || pieces === 'whole') throw new Error(`the text was not read in pieces of ${length}`);
      expect(pieces.pieces).toBeGreaterThan(1);
      expect(summary(pieces.objects)).toEqual(summary(whole.objects));
      expect(pieces.problems).toEqual(whole.problems);
    }
  });

  it('reads a piece without its document starts as with them', () => {
    const text = stream(' # next');
    const pieces = cutManifestText(text, 60) ?? [];
    expect(pieces.some((piece) => (piece.documentStarts?.length ?? 0) > 0)).toBe(true);
    for (const piece of pieces) {
      const { documentStarts: _, ...bare } = piece;
      expect(summary(readManifestPiece('f.yaml', text, bare).objects)).toEqual(summary(readManifestPiece('f.yaml', text, piece).objects));
    }
  });

  it.each([
    ['a control character', `${stream('')}---\nkind: "\u0007"\n${stream('')}`],
    ['a directive', `%YAML 1.1\n${stream('')}`],
    ['a document end', `${stream('')}...\n${stream('')}`],
    ['a lone carriage return', `${stream('')}---\na: 1\rb: 2\n${stream('')}`],
    ['a byte order mark inside', `${stream('')}---\n\ufeffa: 1\n${stream('')}`],
  ])('says when the file must be read whole: %s', (_, text) => {
    expect(readInPieces(text, 50)).toBe('whole');
  });
});
