import { describe, expect, it } from 'vitest';
import { objectsOfDocument } from './expand-list';

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name } });

describe('objectsOfDocument', () => {
  it.each([null, undefined])('finds nothing in an empty document (%s)', (value) => {
    expect(objectsOfDocument(value)).toEqual({ objects: [], problems: [] });
  });

  it('finds the document itself', () => {
    expect(objectsOfDocument(pod('a'))).toEqual({ objects: [{ value: pod('a'), path: '' }], problems: [] });
  });

  it.each(['List', 'PodList'])('expands the items of a %s', (kind) => {
    const found = objectsOfDocument({ apiVersion: 'v1', kind, items: [pod('a'), pod('b')] });
    expect(found.objects).toEqual([
      { value: pod('a'), path: 'items[0]' },
      { value: pod('b'), path: 'items[1]' },
    ]);
  });

  it('expands lists inside lists', () => {
    const found = objectsOfDocument({ kind: 'List', items: [{ kind: 'List', items: [pod('a')] }] });
    expect(found.objects).toEqual([{ value: pod('a'), path: 'items[0].items[0]' }]);
  });

  it('reports items that are not mappings and keeps the others', () => {
    const found = objectsOfDocument({ kind: 'List', items: [pod('a'), 3, null, ['x']] });
    expect(found.objects).toHaveLength(1);
    expect(found.problems.map((problem) => [problem.ruleId, problem.fieldPath])).toEqual([
      ['yaml/not-a-mapping', 'items[1]'],
      ['yaml/not-a-mapping', 'items[2]'],
      ['yaml/not-a-mapping', 'items[3]'],
    ]);
  });

  it.each([
    ['missing', { kind: 'List' }],
    ['a mapping', { kind: 'List', items: { a: 1 } }],
  ])('reports a List whose items are %s', (_, value) => {
    expect(objectsOfDocument(value).problems).toEqual([expect.objectContaining({ ruleId: 'yaml/invalid-list', fieldPath: 'items' })]);
  });

  it('keeps a *List kind without items as an object (the engine judges its kind)', () => {
    expect(objectsOfDocument({ kind: 'WidgetList', spec: {} }).objects).toHaveLength(1);
  });

  it.each([
    ['a string', 'hello', 'the string "hello"'],
    ['a number', 3, 'the number 3'],
    ['a sequence', [1], 'a sequence'],
  ])('reports a document that is %s', (_, value, described) => {
    const [problem] = objectsOfDocument(value).problems;
    expect(problem).toMatchObject({ ruleId: 'yaml/not-a-mapping', fieldPath: '' });
    expect(problem.message).toContain(described);
  });
});
