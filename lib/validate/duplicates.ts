/**
 * Finds objects that would overwrite each other in a cluster: the same kind (API group
 * and kind, any version), namespace and name.
 */
import { childPath } from './field-path';
import { getObject, getString } from './primitives/access';
import { isClusterScoped } from './cluster-scoped';
import { apiGroup } from './schema/kinds';
import type { Finding } from './rule';

interface Seen {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly index: number;
}

/** Remembers the objects seen so far in one validation run. */
export class DuplicateTracker {
  // Keyed by name (names are mostly unique), so no key string is built per object.
  private readonly byName = new Map<string, Seen | Seen[]>();
  private readonly scopes = new Map<string, Map<string, { group: string; clusterScoped: boolean }>>();

  /** The API group of `apiVersion` and whether `kind` is cluster-scoped, memoized. */
  private scopeOf(apiVersion: string, kind: string): { group: string; clusterScoped: boolean } {
    let kinds = this.scopes.get(apiVersion);
    if (kinds === undefined) {
      kinds = new Map();
      this.scopes.set(apiVersion, kinds);
    }
    let scope = kinds.get(kind);
    if (scope === undefined) {
      const group = apiGroup(apiVersion);
      scope = { group, clusterScoped: isClusterScoped(group, kind) };
      kinds.set(kind, scope);
    }
    return scope;
  }

  /**
   * Records object `index`; returns a finding when an earlier object has the same kind,
   * namespace and name. Objects without a name (e.g. only `generateName`) never collide.
   */
  add(object: Readonly<Record<string, unknown>>, apiVersion: string, kind: string, index: number): Finding | undefined {
    const metadata = getObject(object, 'metadata');
    const name = getString(metadata, 'name');
    if (name === undefined || name === '') return undefined;
    const scope = this.scopeOf(apiVersion, kind);
    const group = scope.group;
    const namespace = scope.clusterScoped ? '' : (getString(metadata, 'namespace') ?? '');
    const entry: Seen = { apiVersion, kind, namespace, index };
    const seen = this.byName.get(name);
    if (seen === undefined) {
      this.byName.set(name, entry);
      return undefined;
    }
    const others = Array.isArray(seen) ? seen : [seen];
    let match: Seen | undefined;
    for (const other of others) {
      if (other.kind === kind && other.namespace === namespace && (other.apiVersion === apiVersion || apiGroup(other.apiVersion) === group)) {
        match = other;
        break;
      }
    }
    if (match === undefined) {
      others.push(entry);
      if (!Array.isArray(seen)) this.byName.set(name, others);
      return undefined;
    }
    const first = match.index;
    const where = namespace === '' ? name : `${namespace}/${name}`;
    return {
      fieldPath: childPath('metadata', 'name'),
      message: `${kind} ${where} is defined twice: the object at index ${first} has the same kind, namespace and name`,
      hint: 'rename one of them or remove the duplicate; applying both would overwrite the first',
    };
  }
}
