/**
 * Resolves an object's `apiVersion` and `kind` to a built-in kind of the target version,
 * and explains the misses: a kind that other versions serve, a kind served under another
 * apiVersion, or a kind of an API group that no custom resource can use.
 */
import type { CompiledKind, CompiledSchema } from './compile';

/** The outcome of {@link KindIndex.resolve}. */
export type KindResolution =
  | { readonly status: 'served'; readonly kind: CompiledKind }
  | { readonly status: 'not-in-version'; readonly servedIn: string; readonly alternatives: readonly string[] }
  | { readonly status: 'unknown'; readonly builtInGroup: boolean; readonly alternatives: readonly string[] };

/** The API group of an apiVersion: `apps` for `apps/v1`, `` for the core `v1`. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Looks kinds up in one compiled schema; built once per validator. */
export class KindIndex {
  private readonly servedByKindName = new Map<string, string[]>();
  private readonly builtInGroups = new Set<string>();
  private readonly resolved = new Map<string, Map<string, KindResolution>>();

  constructor(private readonly schema: CompiledSchema) {
    for (const key of schema.kindKeys()) {
      const slash = key.lastIndexOf('/');
      const apiVersion = key.slice(0, slash);
      const kindName = key.slice(slash + 1);
      this.builtInGroups.add(apiGroup(apiVersion));
      if (schema.kind(key)?.served) {
        const list = this.servedByKindName.get(kindName) ?? [];
        list.push(apiVersion);
        this.servedByKindName.set(kindName, list);
      }
    }
  }

  /**
   * True when objects of `group` must be built-in kinds: the core group, a group without
   * a dot (custom resource groups need one), or a group of the built-in schema.
   */
  isBuiltInGroup(group: string): boolean {
    return group === '' || !group.includes('.') || this.builtInGroups.has(group);
  }

  /** Resolves `apiVersion` + `kind` (memoized, so no key string is built per object). */
  resolve(apiVersion: string, kind: string): KindResolution {
    let byKind = this.resolved.get(apiVersion);
    if (byKind === undefined) {
      byKind = new Map();
      this.resolved.set(apiVersion, byKind);
    }
    let resolution = byKind.get(kind);
    if (resolution === undefined) {
      resolution = this.lookUp(apiVersion, kind);
      byKind.set(kind, resolution);
    }
    return resolution;
  }

  private lookUp(apiVersion: string, kind: string): KindResolution {
    const compiled = this.schema.kind(`${apiVersion}/${kind}`);
    if (compiled !== undefined && compiled.served) return { status: 'served', kind: compiled };
    const alternatives = (this.servedByKindName.get(kind) ?? []).filter((v) => v !== apiVersion);
    if (compiled !== undefined) return { status: 'not-in-version', servedIn: compiled.servedIn, alternatives };
    return { status: 'unknown', builtInGroup: this.isBuiltInGroup(apiGroup(apiVersion)), alternatives };
  }
}
