/**
 * Finds objects that would overwrite each other in a cluster: the same kind (API group
 * and kind, any version), namespace and name.
 */
import { childPath } from './field-path';
import { getObject, getString } from './primitives/access';
import { isClusterScoped } from './cluster-scoped';
import { apiGroup } from './schema/kinds';
import type { Finding } from './rule';

/** Remembers the objects seen so far in one validation run. */
export class DuplicateTracker {
  private readonly seen = new Map<string, number>();

  /**
   * Records object `index`; returns a finding when an earlier object has the same kind,
   * namespace and name. Objects without a name (e.g. only `generateName`) never collide.
   */
  add(object: Readonly<Record<string, unknown>>, apiVersion: string, kind: string, index: number): Finding | undefined {
    const metadata = getObject(object, 'metadata');
    const name = getString(metadata, 'name');
    if (name === undefined || name === '') return undefined;
    const group = apiGroup(apiVersion);
    const namespace = isClusterScoped(group, kind) ? '' : (getString(metadata, 'namespace') ?? '');
    const key = `${group}\u0000${kind}\u0000${namespace}\u0000${name}`;
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, index);
      return undefined;
    }
    const where = namespace === '' ? name : `${namespace}/${name}`;
    return {
      fieldPath: childPath('metadata', 'name'),
      message: `${kind} ${where} is defined twice: the object at index ${first} has the same kind, namespace and name`,
      hint: 'rename one of them or remove the duplicate; applying both would overwrite the first',
    };
  }
}
