import { describe, expect, it } from 'vitest';
import { DuplicateTracker } from './duplicates';

const obj = (name: string | undefined, namespace?: string) => ({ metadata: { name, namespace } });

describe('DuplicateTracker', () => {
  it('tells the same kind, namespace and name', () => {
    const tracker = new DuplicateTracker();
    expect(tracker.add(obj('a'), 'apps/v1', 'Deployment', 0)).toBeUndefined();
    expect(tracker.add(obj('a', 'x'), 'apps/v1', 'Deployment', 1)).toBeUndefined();
    expect(tracker.add(obj('a'), 'v1', 'Service', 2)).toBeUndefined();
    expect(tracker.add(obj('a'), 'apps/v1beta2', 'Deployment', 3)).toMatchObject({ fieldPath: 'metadata.name', message: expect.stringContaining('index 0') });
    expect(tracker.add(obj('a', 'x'), 'apps/v1', 'Deployment', 4)).toMatchObject({ message: expect.stringContaining('x/a') });
    expect(tracker.add(obj('a'), 'extensions/v1beta1', 'Deployment', 5)).toBeUndefined();
  });

  it('ignores namespaces of cluster-scoped kinds and objects without a name', () => {
    const tracker = new DuplicateTracker();
    expect(tracker.add(obj('admin', 'a'), 'rbac.authorization.k8s.io/v1', 'ClusterRole', 0)).toBeUndefined();
    expect(tracker.add(obj('admin', 'b'), 'rbac.authorization.k8s.io/v1', 'ClusterRole', 1)).toBeDefined();
    expect(tracker.add(obj(undefined), 'v1', 'Pod', 2)).toBeUndefined();
    expect(tracker.add(obj(undefined), 'v1', 'Pod', 3)).toBeUndefined();
  });
});
