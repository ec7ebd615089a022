import { describe, expect, it } from 'vitest';
import { resolveFieldPath } from './field-path';

const POD = {
  metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web', 'a]b': 'x' } },
  spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }] }] },
};

describe('resolveFieldPath', () => {
  it.each([
    ['', 'missing'],
    ['.', 'missing'],
    ['metadata', 'exists'],
    ['metadata.name', 'exists'],
    ['metadata.namespace', 'to-add'],
    ['metadata.labels[app.kubernetes.io/name]', 'exists'],
    ['metadata.labels[a]b]', 'exists'],
    ['metadata.labels[tier]', 'to-add'],
    ['metadata.name.first', 'missing'],
    ['spec.containers[0].ports[0].containerPort', 'exists'],
    ['spec.containers[0].image', 'to-add'],
    ['spec.containers[0].resources.limits[example.com/gpu]', 'to-add'],
    ['spec.containers[1]', 'missing'],
    ['spec.containers[1].image', 'missing'],
    ['spec.containers[x]', 'missing'],
    ['spec.containers.name', 'missing'],
    ['spec.volumes[0].name', 'to-add'],
  ])('%j is %s', (path, expected) => {
    expect(resolveFieldPath(POD, path)).toBe(expected);
  });
});
