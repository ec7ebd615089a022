import { describe, expect, it } from 'vitest';
import { splitYamlStream } from './split-documents';

const spans = (text: string) => {
  const layout = splitYamlStream(text);
  return layout.whole ? 'whole' : [...layout.spans].map((span) => text.slice(span.start, span.end));
};

describe('splitYamlStream', () => {
  it('has one empty span for the empty text', () => {
    expect(spans('')).toEqual(['']);
  });

  it.each([
    ['one document', 'a: 1\n', ['a: 1\n']],
    ['a leading marker', '---\na: 1\n', ['---\na: 1\n']],
    ['documents between markers', 'a: 1\n---\nb: 2\n--- # c\nc: 3', ['a: 1\n', '---\nb: 2\n', '--- # c\nc: 3']],
    ['a marker at the end', 'a: 1\n---\n', ['a: 1\n', '---\n']],
    ['markers with Windows line ends', 'a: 1\r\n---\r\nb: 2\r\n', ['a: 1\r\n', '---\r\nb: 2\r\n']],
    ['dashes that are no marker', 'a: ---\n----\n --- \n---x\n', ['a: ---\n----\n --- \n---x\n']],
  ])('splits %s', (_, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a byte order mark inside the stream', 'a: 1\n---\n\ufeffb: 2\n'],
  ])('leaves a stream with %s whole', (_, text) => {
    expect(spans(text)).toBe('whole');
  });
});
