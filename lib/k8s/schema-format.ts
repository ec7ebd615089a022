/**
 * The shape of the compact strict schema that `scripts/generate-k8s` writes to
 * `lib/k8s/schema.generated.ts`. Hand-written: the generator and the validator's
 * schema layer both code against it.
 *
 * Versions are referred to by index into {@link CompactSchema.versions}
 * (0 is the oldest covered Kubernetes version).
 */

/** The compact strict schema of every built-in kind, across all covered Kubernetes versions. */
export interface CompactSchema {
  /** Covered Kubernetes minor versions, oldest first, e.g. `['1.28', …, '1.36']`. */
  readonly versions: readonly string[];
  /** Object types. A numeric {@link CompactShape} is an index into this array. */
  readonly types: readonly CompactType[];
  /** Built-in kinds, keyed by `${apiVersion}/${kind}`, e.g. `v1/Pod`, `apps/v1/Deployment`. */
  readonly kinds: Readonly<Record<string, CompactKind>>;
}

/** A built-in kind and the versions that serve it. */
export interface CompactKind {
  /** Index of the kind's object type in {@link CompactSchema.types}. */
  readonly type: number;
  /** First version index that has the kind. @default 0 */
  readonly s?: number;
  /** First version index that no longer has the kind. @default absent: still present */
  readonly u?: number;
}

/**
 * The shape of a value:
 * - a number: an object of that type index;
 * - `'s'` string, `'i'` integer, `'n'` number, `'b'` boolean;
 * - `'q'` resource quantity (string or number), `'is'` int-or-string;
 * - `'a'` any JSON value (the API preserves unknown fields here);
 * - `['[]', shape]` an array of shape; `['{}', shape]` a map from string keys to shape.
 */
export type CompactShape =
  | number
  | 's'
  | 'i'
  | 'n'
  | 'b'
  | 'q'
  | 'is'
  | 'a'
  | readonly ['[]', CompactShape]
  | readonly ['{}', CompactShape];

/** An object type: its fields across all covered versions. */
export interface CompactType {
  /** Definition name without the `io.k8s.` prefix, e.g. `api.core.v1.Container`. */
  readonly name: string;
  /** Fields by their JSON name. */
  readonly fields: Readonly<Record<string, CompactField>>;
}

/** A version range `[since, until)` of version indexes; `until` absent means still present. */
export type CompactRange = readonly [number] | readonly [number, number];

/** A field of an object type. */
export interface CompactField {
  /** The field's value shape. */
  readonly t: CompactShape;
  /** First version index that has the field. @default 0 */
  readonly s?: number;
  /** First version index that no longer has the field. @default absent: still present */
  readonly u?: number;
  /**
   * Required: `1` in every version that has the field, or the version range in which it is
   * required. @default absent: optional
   */
  readonly r?: 1 | CompactRange;
  /** Allowed values, for string enums (every value allowed in at least one version). */
  readonly e?: readonly string[];
  /** Version ranges of enum values that are not allowed in every version of the field. */
  readonly ev?: Readonly<Record<string, CompactRange>>;
  /** Integer format: `32` for int32, `64` for int64. @default absent: any integer */
  readonly f?: 32 | 64;
  /** For list-map arrays (`x-kubernetes-list-type: map`), the key fields of an item. */
  readonly k?: readonly string[];
  /** For set arrays (`x-kubernetes-list-type: set`), `1`: items must be unique. */
  readonly set?: 1;
}
