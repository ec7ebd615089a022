/**
 * Compiles the compact strict schema for one target Kubernetes version into per-type
 * field tables, so the checker does no version arithmetic per value. Types are compiled
 * on first use and cached; a compiled schema is reused across validation runs.
 */
import type { CompactField, CompactRange, CompactSchema, CompactShape } from '../../k8s/schema-format';
import { isSchemaOnlyRequired } from './schema-only-required';

/** What a shape is, as a small integer the checker switches on. */
export const enum ShapeTag {
  String,
  Integer,
  Number,
  Boolean,
  Quantity,
  IntOrString,
  Any,
  Object,
  Array,
  Map,
}

/** A value shape, compiled. */
export type CompiledShape =
  | { readonly tag: ShapeTag.String | ShapeTag.Integer | ShapeTag.Number | ShapeTag.Boolean }
  | { readonly tag: ShapeTag.Quantity | ShapeTag.IntOrString | ShapeTag.Any }
  | { readonly tag: ShapeTag.Object; readonly typeIndex: number }
  | { readonly tag: ShapeTag.Array | ShapeTag.Map; readonly item: CompiledShape };

/** Whether a field exists in the target version. */
export const enum Availability {
  /** The target version has the field. */
  Present,
  /** The field appears in a later version. */
  NotYet,
  /** The field was removed before the target version. */
  Removed,
}

/** A field of an object type, as the target version sees it. */
export interface CompiledField {
  /** JSON name. */
  readonly name: string;
  /** Value shape. */
  readonly shape: CompiledShape;
  /** Whether the target version has it. */
  readonly availability: Availability;
  /** For a field the target lacks: the version that added (or removed) it, e.g. `1.33`. */
  readonly changedIn: string;
  /** Allowed string values in the target version, when the field is an enum. */
  readonly enumValues?: ReadonlySet<string>;
  /** Allowed values in some other covered version only, with the versions that allow them, for messages. */
  readonly enumElsewhere?: ReadonlyMap<string, string>;
  /** Integer format: 32 or 64 bits. */
  readonly intBits?: 32 | 64;
  /** Key fields of a list-map. */
  readonly listKeys?: readonly string[];
  /** True for a list whose items must be unique. */
  readonly isSet: boolean;
}

/** An object type, as the target version sees it. */
export interface CompiledType {
  /** Short name for messages, e.g. `Container`. */
  readonly name: string;
  /** Every field the schema knows across versions, by JSON name (a prototype-free dictionary). */
  readonly fields: Readonly<Record<string, CompiledField | undefined>>;
  /** Fields required in the target version. */
  readonly required: readonly CompiledField[];
  /** Fields the definitions require in the target version but the API server does not (see schema-only-required): their absence is a warning. */
  readonly requiredBySchemaOnly: readonly CompiledField[];
  /** Names of the fields the target version has, for suggestions. */
  readonly presentNames: readonly string[];
}

/** A kind as the target version sees it. */
export interface CompiledKind {
  /** Type index of the kind's object. */
  readonly typeIndex: number;
  /** True when the target version serves the kind. */
  readonly served: boolean;
  /** Versions that serve the kind, e.g. `1.28 to 1.31`, for messages. */
  readonly servedIn: string;
}

const STRING: CompiledShape = { tag: ShapeTag.String };
const INTEGER: CompiledShape = { tag: ShapeTag.Integer };
const NUMBER: CompiledShape = { tag: ShapeTag.Number };
const BOOLEAN: CompiledShape = { tag: ShapeTag.Boolean };
const QUANTITY: CompiledShape = { tag: ShapeTag.Quantity };
const INT_OR_STRING: CompiledShape = { tag: ShapeTag.IntOrString };
const ANY: CompiledShape = { tag: ShapeTag.Any };

function inRange(range: CompactRange, index: number): boolean {
  return index >= range[0] && (range.length < 2 || index < (range[1] as number));
}

/** The compact schema compiled for one target version. */
export class CompiledSchema {
  /** Index of the target version in the schema's version list. */
  readonly versionIndex: number;
  /** The target version, e.g. `1.36`. */
  readonly version: string;
  private readonly types: (CompiledType | undefined)[];
  private readonly kinds = new Map<string, CompiledKind | null>();

  /**
   * @param schema the compact schema
   * @param version target version, one of `schema.versions`
   */
  constructor(
    private readonly schema: CompactSchema,
    version: string,
  ) {
    const index = schema.versions.indexOf(version);
    if (index < 0) throw new Error(`the schema does not cover Kubernetes ${version}`);
    this.versionIndex = index;
    this.version = version;
    this.types = new Array(schema.types.length);
  }

  /** The covered versions, oldest first. */
  get versions(): readonly string[] {
    return this.schema.versions;
  }

  /** The compiled type at `index`. */
  type(index: number): CompiledType {
    const cached = this.types[index];
    if (cached !== undefined) return cached;
    const compiled = this.compileType(index);
    this.types[index] = compiled;
    return compiled;
  }

  /** The kind keyed `${apiVersion}/${kind}`, or `undefined` when no covered version has it. */
  kind(key: string): CompiledKind | undefined {
    const cached = this.kinds.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const compact = Object.prototype.hasOwnProperty.call(this.schema.kinds, key) ? this.schema.kinds[key] : undefined;
    if (compact === undefined) {
      this.kinds.set(key, null);
      return undefined;
    }
    const since = compact.s ?? 0;
    const until = compact.u ?? this.schema.versions.length;
    const compiled: CompiledKind = {
      typeIndex: compact.type,
      served: this.versionIndex >= since && this.versionIndex < until,
      servedIn: this.describeRange(since, until),
    };
    this.kinds.set(key, compiled);
    return compiled;
  }

  /** Every kind key of the schema, e.g. `apps/v1/Deployment`. */
  kindKeys(): string[] {
    return Object.keys(this.schema.kinds);
  }

  private describeRange(since: number, until: number): string {
    const versions = this.schema.versions;
    const first = versions[since];
    const last = versions[until - 1];
    return first === last ? first : `${first} to ${last}`;
  }

  private compileType(index: number): CompiledType {
    const compact = this.schema.types[index];
    if (compact === undefined) throw new Error(`schema type index ${index} out of range`);
    const fields: Record<string, CompiledField> = Object.create(null);
    const required: CompiledField[] = [];
    const requiredBySchemaOnly: CompiledField[] = [];
    const presentNames: string[] = [];
    for (const name of Object.keys(compact.fields)) {
      const field = this.compileField(name, compact.fields[name]);
      fields[name] = field;
      if (field.availability === Availability.Present) {
        presentNames.push(name);
        const r = compact.fields[name].r;
        if (r === 1 || (r !== undefined && inRange(r, this.versionIndex))) (isSchemaOnlyRequired(compact.name, name) ? requiredBySchemaOnly : required).push(field);
      }
    }
    const dot = compact.name.lastIndexOf('.');
    return { name: dot < 0 ? compact.name : compact.name.slice(dot + 1), fields, required, requiredBySchemaOnly, presentNames };
  }

  private compileField(name: string, field: CompactField): CompiledField {
    const vi = this.versionIndex;
    const versions = this.schema.versions;
    const since = field.s ?? 0;
    let availability = Availability.Present;
    let changedIn = '';
    if (vi < since) {
      availability = Availability.NotYet;
      changedIn = versions[since];
    } else if (field.u !== undefined && vi >= field.u) {
      availability = Availability.Removed;
      changedIn = versions[field.u];
    }
    let enumValues: Set<string> | undefined;
    let enumElsewhere: Map<string, string> | undefined;
    if (field.e !== undefined) {
      enumValues = new Set();
      for (const value of field.e) {
        const range = field.ev?.[value];
        if (range === undefined || inRange(range, vi)) enumValues.add(value);
        else {
          enumElsewhere ??= new Map();
          enumElsewhere.set(value, this.describeRange(range[0], range[1] ?? versions.length));
        }
      }
    }
    return {
      name,
      shape: this.compileShape(field.t),
      availability,
      changedIn,
      enumValues,
      enumElsewhere,
      intBits: field.f,
      listKeys: field.k,
      isSet: field.set === 1,
    };
  }

  private compileShape(shape: CompactShape): CompiledShape {
    if (typeof shape === 'number') return { tag: ShapeTag.Object, typeIndex: shape };
    switch (shape) {
      case 's':
        return STRING;
      case 'i':
        return INTEGER;
      case 'n':
        return NUMBER;
      case 'b':
        return BOOLEAN;
      case 'q':
        return QUANTITY;
      case 'is':
        return INT_OR_STRING;
      case 'a':
        return ANY;
      default:
        if (shape[0] === '[]') return { tag: ShapeTag.Array, item: this.compileShape(shape[1]) };
        return { tag: ShapeTag.Map, item: this.compileShape(shape[1]) };
    }
  }
}
