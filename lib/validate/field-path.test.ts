import { describe, expect, it } from 'vitest';
import { FieldPathBuilder, childPath, indexPath, keyPath } from './field-path';

describe('field paths', () => {
  it('joins fields, items and keys like the API server', () => {
    expect(childPath('', 'spec')).toBe('spec');
    expect(childPath('spec', 'containers')).toBe('spec.containers');
    expect(indexPath('spec.containers', 2)).toBe('spec.containers[2]');
    expect(keyPath('metadata.labels', 'app.kubernetes.io/name')).toBe('metadata.labels[app.kubernetes.io/name]');
  });

  it('builds a path step by step', () => {
    const path = new FieldPathBuilder();
    expect(path.toString()).toBe('');
    path.pushField('spec');
    path.pushField('containers');
    path.pushIndex(0);
    path.pushField('resources');
    path.pushField('limits');
    path.pushKey('cpu');
    expect(path.toString()).toBe('spec.containers[0].resources.limits[cpu]');
    path.pop();
    expect(path.child('memory')).toBe('spec.containers[0].resources.limits.memory');
    path.reset();
    expect(path.child('kind')).toBe('kind');
  });
});
