import { describe, expect, it } from 'vitest';
import { locateFieldPath, type PositionNode } from './position-tree';

const tree: PositionNode = {
  offset: 0,
  entries: new Map<string, PositionNode>([
    ['metadata', { offset: 10, entries: new Map([['labels', { offset: 20, entries: new Map([['app.kubernetes.io/name', { offset: 30 }]]) }]]) }],
    ['spec', { offset: 40, entries: new Map([['containers', { offset: 50, items: [{ offset: 60, entries: new Map([['image', { offset: 70 }]]) }] }]]) }],
    ['data', { offset: 80, entries: new Map([['0', { offset: 90 }]]) }],
  ]),
};

describe('locateFieldPath', () => {
  it('places the whole object at the root', () => {
    expect(locateFieldPath(tree, '')).toBe(0);
  });

  it.each([
    ['spec.containers[0].image', 70],
    ['spec.containers[0]', 60],
    ['metadata.labels[app.kubernetes.io/name]', 30],
    ['metadata.labels.app.kubernetes.io/name', 30],
    ['data[0]', 90],
  ])('places %s at its key', (path, offset) => {
    expect(locateFieldPath(tree, path)).toBe(offset);
  });

  it.each([
    ['spec.containers[0].ports[0].containerPort', 60],
    ['spec.containers[3].image', 50],
    ['spec.volumes', 40],
    ['status.phase', 0],
    ['metadata.labels[missing]', 20],
  ])('places the missing %s at its nearest existing ancestor', (path, offset) => {
    expect(locateFieldPath(tree, path)).toBe(offset);
  });
});
