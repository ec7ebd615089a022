import { describe, expect, it } from 'vitest';
import { stringifyDocument, stringifyDocuments } from './emit';
import { NotJsonError } from './not-json-error';

class Port {
  constructor(readonly number: number) {}
}

function errorOf(run: () => unknown): NotJsonError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NotJsonError);
    return error as NotJsonError;
  }
  throw new Error('expected a NotJsonError, but nothing was thrown');
}

describe('values that are not JSON', () => {
  const cycle: Record<string, unknown> = { name: 'loop' };
  cycle.self = { again: cycle };
  const cyclicList: unknown[] = [1];
  cyclicList.push({ list: cyclicList });

  it.each([
    [undefined, 'document', /is undefined/],
    [[1, undefined], 'document[1]', /is undefined/],
    // eslint-disable-next-line no-sparse-arrays
    [[1, , 3], 'document[1]', /is undefined/],
    [{ spec: { replicas: NaN } }, 'document.spec.replicas', /is NaN.*finite number/],
    [{ spec: { replicas: Infinity } }, 'document.spec.replicas', /is Infinity/],
    [[-Infinity], 'document[0]', /is -Infinity/],
    [{ big: 1n }, 'document.big', /is a bigint/],
    [{ hook: () => 1 }, 'document.hook', /is a function/],
    [{ id: Symbol('x') }, 'document.id', /is a symbol/],
    [{ at: new Date(0) }, 'document.at', /is a Date, not a plain object.*ISO string/],
    [{ m: new Map() }, 'document.m', /is a Map/],
    [{ s: new Set([1]) }, 'document.s', /is a Set/],
    [{ ports: [new Port(80)] }, 'document.ports[0]', /is a Port, not a plain object/],
    [{ text: 'bad \ud800 surrogate' }, 'document.text', /unpaired UTF-16 surrogate/],
    [{ ['key\udc00']: 1 }, 'document["key\\udc00"]', /unpaired UTF-16 surrogate/],
    [cycle, 'document.self.again', /refers back to an object that contains it/],
    [cyclicList, 'document[1].list', /cycle/],
  ])('%#: reports %s', (doc, path, problem) => {
    const error = errorOf(() => stringifyDocument(doc));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/^Cannot write YAML: /);
  });

  it('names the document and quotes keys that are not plain words', () => {
    const docs = [
      { kind: 'Pod' },
      { metadata: { labels: { 'app.kubernetes.io/name': NaN } } },
    ];
    const error = errorOf(() => stringifyDocuments(docs));
    expect(error.path).toBe('documents[1].metadata.labels["app.kubernetes.io/name"]');
    expect(error.message).toBe(
      'Cannot write YAML: documents[1].metadata.labels["app.kubernetes.io/name"] is NaN. ' +
        'Use a finite number (or a string); JSON and Kubernetes have no NaN or infinity.',
    );
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(stringifyDocument(bare)).toBe('a: 1\n');
  });

  it('accepts deep trees that are not cycles', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200; i++) {
      deep = { d: deep };
    }
    expect(stringifyDocument(deep).endsWith('d: leaf\n')).toBe(true);
  });

  it('writes again normally after a refused document', () => {
    errorOf(() => stringifyDocuments([{ a: 1 }, { b: NaN }]));
    expect(stringifyDocuments([{ a: 1 }])).toBe('a: 1\n');
  });
});
