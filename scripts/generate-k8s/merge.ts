import type { VersionDefinitions } from './read-definitions';
import { intFormatOf, namedTypesOf, shapeOfProperty, shapeOfRef, type NamedShape } from './shape';

/** A field merged across versions: `present[i]` tells whether version i has it. */
export interface MergedField {
  /** The value shape of the newest version that has the field. */
  shape: NamedShape;
  readonly present: boolean[];
  readonly required: boolean[];
  readonly enumValues: (readonly string[] | undefined)[];
  intFormat?: 32 | 64;
  listMapKeys?: readonly string[];
  set?: boolean;
}

/** An object type merged across versions. */
export interface MergedType {
  /** Full definition name, e.g. `io.k8s.api.core.v1.Pod`. */
  readonly name: string;
  readonly present: boolean[];
  readonly fields: Map<string, MergedField>;
}

/** A built-in kind merged across versions. */
export interface MergedKind {
  /** `${apiVersion}/${kind}`. */
  readonly key: string;
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Definition name of the kind's object type. */
  readonly type: string;
  readonly present: boolean[];
}

/** The definitions of all versions, merged. */
export interface MergedModel {
  readonly versions: readonly string[];
  /** Object types by definition name. */
  readonly types: Map<string, MergedType>;
  /** Kinds by key. */
  readonly kinds: Map<string, MergedKind>;
  /** Fields whose object type was replaced by another in a later version (the newer one is kept). */
  readonly replacedTypes: readonly string[];
}

/** Definitions of apimachinery's meta group carry kinds (Status, WatchEvent ...) that are not manifests. */
const NOT_MANIFEST_PREFIX = 'io.k8s.apimachinery.';

/**
 * Merges the definitions of every version into one model. Only object types reachable from
 * a built-in kind are kept. When a field's object type is replaced by another in a later
 * version (PersistentVolumeClaimSpec.resources in 1.29), the newer type is kept and the change
 * listed in `replacedTypes`; any other change of a field's shape throws, since the compact
 * schema cannot express it.
 */
export function mergeVersions(inputs: readonly VersionDefinitions[]): MergedModel {
  const versions = inputs.map((input) => input.version);
  const count = inputs.length;
  const types = new Map<string, MergedType>();
  const kinds = new Map<string, MergedKind>();
  const replacedTypes: string[] = [];

  inputs.forEach((input, index) => {
    const pending: string[] = [];
    for (const [name, definition] of Object.entries(input.definitions)) {
      if (name.startsWith(NOT_MANIFEST_PREFIX)) continue;
      for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        const key = `${apiVersion}/${gvk.kind}`;
        let kind = kinds.get(key);
        if (!kind) {
          kind = { key, group: gvk.group, version: gvk.version, kind: gvk.kind, type: name, present: new Array(count).fill(false) };
          kinds.set(key, kind);
        } else if (kind.type !== name) {
          throw new Error(`kind ${key} is defined by both ${kind.type} and ${name}`);
        }
        kind.present[index] = true;
        pending.push(name);
      }
    }
    const seen = new Set<string>();
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const shape = shapeOfRef(name, input.definitions);
      if (typeof shape !== 'string' || !shape.startsWith('#')) continue;
      const definition = input.definitions[name];
      let merged = types.get(name);
      if (!merged) {
        merged = { name, present: new Array(count).fill(false), fields: new Map() };
        types.set(name, merged);
      }
      merged.present[index] = true;
      const required = new Set(definition.required ?? []);
      for (const [fieldName, property] of Object.entries(definition.properties ?? {})) {
        const where = `${input.version} ${name}.${fieldName}`;
        const fieldShape = shapeOfProperty(property, input.definitions, where);
        let field = merged.fields.get(fieldName);
        if (!field) {
          field = {
            shape: fieldShape,
            present: new Array(count).fill(false),
            required: new Array(count).fill(false),
            enumValues: new Array(count).fill(undefined),
          };
          merged.fields.set(fieldName, field);
        } else if (JSON.stringify(field.shape) !== JSON.stringify(fieldShape)) {
          if (!isObjectRef(field.shape) || !isObjectRef(fieldShape)) {
            throw new Error(`${where}: shape ${JSON.stringify(fieldShape)} differs from ${JSON.stringify(field.shape)} in an earlier version`);
          }
          replacedTypes.push(`${where}: ${field.shape.slice(1)} -> ${fieldShape.slice(1)}`);
          field.shape = fieldShape;
        }
        field.present[index] = true;
        field.required[index] = required.has(fieldName);
        field.enumValues[index] = property.enum?.map(String);
        field.intFormat = intFormatOf(property) ?? field.intFormat;
        const listType = property['x-kubernetes-list-type'];
        if (listType === 'map' && property['x-kubernetes-list-map-keys']) field.listMapKeys = property['x-kubernetes-list-map-keys'];
        if (listType === 'set') field.set = true;
        pending.push(...namedTypesOf(fieldShape));
      }
    }
  });
  return { versions, types, kinds, replacedTypes };
}

function isObjectRef(shape: NamedShape): shape is `#${string}` {
  return typeof shape === 'string' && shape.startsWith('#');
}
