import { describe, expect, it } from 'vitest';
import { firstForbiddenCharacter } from './decode-text';
import { ManifestText } from './manifest-text';
import { needsWholeStream } from './split-documents';
import { checkYamlStream } from './stream-check';

const expected = (part: string, start: number) => {
  const forbidden = firstForbiddenCharacter(part);
  return forbidden === -1 ? { forbidden, wholeStream: needsWholeStream(part) } : { forbidden: start + forbidden, wholeStream: false };
};

describe('checkYamlStream', () => {
  it.each([
    ['ASCII', 'a: 1\n---\nb: 2\n'],
    ['ASCII with a control character', 'a: 1\n---\nb: \u001b\n'],
    ['ASCII with a document end', 'a: 1\n...\n---\nb: 2\n'],
    ['ASCII with Windows line ends', 'a: 1\r\n---\r\nb: 2\r\n'],
    ['ASCII with a lone carriage return', 'a: 1\r\n---\rb: 2\r\n'],
    ['text that is not ASCII', 'a: é\n---\nb: \u0085\n'],
    ['text that is not ASCII, with a control character', 'a: é\n---\nb: \u0090\n'],
    ['text with a byte order mark inside', 'a: 1\n---\n\ufeffb: 2\n'],
  ])('finds in %s what the regular expressions find, in every part', (_, text) => {
    const ascii = /^[\x00-\x7f]*$/.test(text);
    const manifest = ascii ? new ManifestText(text, Buffer.from(text, 'latin1')) : new ManifestText(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(checkYamlStream(manifest, start, end)).toEqual(expected(text.slice(start, end), start));
      }
    }
  });
});
