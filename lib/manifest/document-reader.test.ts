import { describe, expect, it } from 'vitest';
import { readDocuments as readLazily } from './document-reader';

const readDocuments = (text: string, maxDepth: number) => [...readLazily(text, maxDepth)];

describe('readDocuments', () => {
  it('reads each YAML document with its index, the fast ones and the careful ones alike, skipping empty ones', () => {
    const text = 'a: 1\n---\nb: &x 2\nc: *x\n---\n# empty\n---\n- x\n--- !!null\n';
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
    const text = '%YAML 1.1\n---\na: 1\n...\n---\n---\nb: 2\n';
    const documents = readDocuments(text, 1000);
    expect(documents.map((doc) => [doc.index, doc.value])).toEqual([[0, { a: 1 }], [2, { b: 2 }]]);
    expect(documents[1].positions()?.entries?.get('b')?.offset).toBe(text.indexOf('b:'));
  });

  it('reports a problem of the stream outside any document', () => {
    const documents = readDocuments('%YAML 1.1\n', 1000);
    expect(documents.flatMap((doc) => doc.problems.map((problem) => problem.ruleId))).toEqual(['yaml/syntax']);
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
