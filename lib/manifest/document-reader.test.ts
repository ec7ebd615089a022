import { describe, expect, it } from 'vitest';
import { readDocuments as readLazily } from './document-reader';

const readDocuments = (text: string, maxDepth: number) => [...readLazily(text, maxDepth)];

describe('readDocuments', () => {
  it('reads each YAML document with its index, the fast ones and the careful ones alike, skipping empty ones', () => {
    const text = 'a: 1\n---\nb: &x 2\nc: *x\n---\n# empty\n---\n- x\n---\n!!null\n';
    const documents = readDocuments(text, 1000);
    expect(documents.map((doc) => [doc.index, doc.value])).toEqual([
      [0, { a: 1 }],
      [1, { b: 2, c: 2 }],
      [3, ['x']],
    ]);
  });

  it('reads millions of empty documents without holding them', () => {
    const text = '---\n'.repeat(1_000_000);
    const started = Date.now();
    expect(readDocuments(text, 1000)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('reads positions again on request, for fast and careful documents', () => {
    const text = 'a: 1\n---\nb: &x 2\nc: *x\n';
    const [fast, careful] = readDocuments(text, 1000);
    expect(fast.positions()?.entries?.get('a')?.offset).toBe(0);
    expect(careful.positions()?.entries?.get('c')?.offset).toBe(text.indexOf('c:'));
  });

  it('reads a stream that cannot be split with the yaml package as a whole', () => {
    const text = 'a: 1\n...\n---\n---\nb: 2\n';
    const documents = readDocuments(text, 1000);
    expect(documents.map((doc) => [doc.index, doc.value])).toEqual([[0, { a: 1 }], [2, { b: 2 }]]);
    expect(documents[1].positions()?.entries?.get('b')?.offset).toBe(text.indexOf('b:'));
  });

  it('reports a problem of the stream outside any document', () => {
    const documents = readDocuments('%YAML 1.1\n', 1000);
    expect(documents.flatMap((doc) => doc.problems.map((problem) => problem.ruleId))).toEqual(['yaml/syntax']);
  });

  it.each([
    ['a flow mapping', 'a: 1\n--- {b: 2}\n---\nc: 3\n', 1, 9, 2],
    ['a block scalar', '--- |\n  text\n', 0, 4, 0],
    ['a tag', 'a: 1\n---  !!map\nb: 2\n', 1, 10, 1],
    ['a tag, in a stream read whole', 'a: 1\n...\n--- !!null\n---\nb: 2\n', 1, 13, 2],
  ])('refuses content after --- on its line, as kubectl does (%s)', (_, text, index, offset, readable) => {
    const documents = readDocuments(text, 1000);
    const refused = documents.find((doc) => doc.problems.length > 0);
    expect(refused?.index).toBe(index);
    expect(refused?.problems.map((problem) => [problem.ruleId, problem.offset])).toEqual([['yaml/syntax', offset]]);
    expect(documents.filter((doc) => doc.problems.length === 0)).toHaveLength(readable);
  });

  it.each([
    ['a comment', 'a: 1\n--- # b\nb: 2\n'],
    ['white space', 'a: 1\n--- \t\nb: 2\n'],
    ['a tag on the next line', 'a: 1\n---\n!!map\nb: 2\n'],
  ])('accepts %s after ---', (_, text) => {
    expect(readDocuments(text, 1000).map((doc) => [doc.value, doc.problems])).toEqual([[{ a: 1 }, []], [{ b: 2 }, []]]);
  });

  it.each([
    ['%YAML 1.1\n---\na: 1\n'],
    ['a: 1\n...\n%TAG !k! tag:k8s.io:\n---\nb: 2\n'],
  ])('refuses a directive, which kubectl reads as a document of its own: %j', (text) => {
    const documents = readDocuments(text, 1000);
    const offset = text.indexOf('%');
    expect(documents.flatMap((doc) => doc.problems.map((problem) => [problem.ruleId, problem.offset]))).toEqual([['yaml/syntax', offset]]);
  });

  it('reads JSON text as a JSON stream', () => {
    const documents = readDocuments('{"a": 1}\n{"b": 2}', 1000);
    expect(documents.map((doc) => doc.value)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(documents[1].positions()?.entries?.get('b')?.offset).toBe(10);
  });

  it('keeps the problems of a document and goes on with the next', () => {
    const documents = readDocuments('a: [1\n---\nb: 2\n', 1000);
    expect(documents[0].problems.map((problem) => problem.ruleId)).toEqual(['yaml/syntax']);
    expect(documents[1]).toMatchObject({ index: 1, value: { b: 2 }, problems: [] });
  });

  it('places a document at its first content', () => {
    const [careful] = readDocuments('---\n# c\n\n  7\n', 1000);
    expect([careful.value, careful.offset()]).toEqual([7, 11]);
    const [fast] = readDocuments('---\n# c\n\n  a: 1\n', 1000);
    expect([fast.value, fast.offset()]).toEqual([{ a: 1 }, 11]);
  });
});
