import { describe, expect, it } from 'vitest';
import { parseFieldPath } from './field-path-steps';

const names = (path: string): string[] => parseFieldPath(path).map((step) => step.name);

describe('parseFieldPath', () => {
  it('has no steps for the whole object', () => {
    expect(parseFieldPath('')).toEqual([]);
  });

  it.each([
    ['spec', ['spec']],
    ['spec.containers[1].ports[0].containerPort', ['spec', 'containers', '1', 'ports', '0', 'containerPort']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
    ['data[a]b]', ['data', 'a]b']],
    ['data[x][y]', ['data', 'x', 'y']],
    ['metadata.annotations["a.b/c"]', ['metadata', 'annotations', 'a.b/c']],
    ["metadata.annotations['a.b']", ['metadata', 'annotations', 'a.b']],
    ['items[2]', ['items', '2']],
    ['[0].name', ['0', 'name']],
    ['a[unclosed', ['a', 'unclosed']],
  ])('%s', (path, expected) => {
    expect(names(path)).toEqual(expected);
  });

  it('tells dotted steps from bracketed ones', () => {
    expect(parseFieldPath('metadata.labels[app]')).toEqual([
      { name: 'metadata', dotted: true },
      { name: 'labels', dotted: true },
      { name: 'app', dotted: false },
    ]);
  });
});
