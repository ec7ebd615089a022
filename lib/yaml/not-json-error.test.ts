import { describe, expect, it } from 'vitest';
import { NotJsonError, formatPath } from './not-json-error';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['documents', 0], 'documents[0]'],
    [['document', 'spec', 'containers', 1, 'args', 2], 'document.spec.containers[1].args[2]'],
    [['document', 'metadata', 'labels', 'app.kubernetes.io/name'], 'document.metadata.labels["app.kubernetes.io/name"]'],
    [['document', ''], 'document[""]'],
    [['document', 'a b', 'x-y'], 'document["a b"].x-y'],
  ] as const)('%j', (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });
});

describe('NotJsonError', () => {
  it('says what, where and how to fix it', () => {
    const error = new NotJsonError('document.spec', 'is a function', 'Remove it.');
    expect(error.message).toBe('Cannot write YAML: document.spec is a function. Remove it.');
    expect(error.name).toBe('NotJsonError');
    expect(error.path).toBe('document.spec');
    expect(error.problem).toBe('is a function');
  });
});
