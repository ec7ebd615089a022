/**
 * Typed accessors for untrusted JSON. The schema layer reports values of the wrong
 * type; the pod rules only read values of the expected type and skip the others, so
 * every accessor returns `undefined` instead of throwing. Only own properties are read
 * (`ownValue`), so keys such as `__proto__` or `constructor` never yield inherited values.
 */
import { ownValue as own } from '../../primitives/access';

/** A JSON object as the rules read it. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or `undefined`. */
export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value as an array, or `undefined`. */
export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The value as a string, or `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value as a finite integer, or `undefined` (the schema layer reports non-integers). */
export function asInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** The value as a boolean, or `undefined`. */
export function asBool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** `record[key]` as an object. */
export function recordAt(record: JsonRecord | undefined, key: string): JsonRecord | undefined {
  return record === undefined ? undefined : asRecord(own(record, key));
}

/** `record[key]` as an array. */
export function arrayAt(record: JsonRecord | undefined, key: string): readonly unknown[] | undefined {
  return record === undefined ? undefined : asArray(own(record, key));
}

/** `record[key]` as a string. */
export function stringAt(record: JsonRecord | undefined, key: string): string | undefined {
  return record === undefined ? undefined : asString(own(record, key));
}

/** `record[key]` as an integer. */
export function intAt(record: JsonRecord | undefined, key: string): number | undefined {
  return record === undefined ? undefined : asInt(own(record, key));
}

/** `record[key]` as a boolean. */
export function boolAt(record: JsonRecord | undefined, key: string): boolean | undefined {
  return record === undefined ? undefined : asBool(own(record, key));
}

/** True when `record` has `key` set to something other than null. */
export function has(record: JsonRecord | undefined, key: string): boolean {
  const value = record === undefined ? undefined : own(record, key);
  return value !== undefined && value !== null;
}

/**
 * The keys of `candidates` that `record` sets (to something other than null), in the
 * order of `candidates`: the handlers of a probe or hook, the sources of a volume.
 */
export function presentKeys(record: JsonRecord, candidates: readonly string[]): string[] {
  const present: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (has(record, candidates[i])) present.push(candidates[i]);
  }
  return present;
}

/** The entries of a string map (e.g. labels), skipping values that are not strings. */
export function stringEntries(value: unknown): Array<[string, string]> {
  const record = asRecord(value);
  if (record === undefined) return [];
  const entries: Array<[string, string]> = [];
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') entries.push([key, item]);
  }
  return entries;
}

/** Each element of `record[key]` that is an object, with its index. */
export function recordsAt(record: JsonRecord | undefined, key: string): Array<{ index: number; value: JsonRecord }> {
  const out: Array<{ index: number; value: JsonRecord }> = [];
  const items = arrayAt(record, key);
  if (items === undefined) return out;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (isRecord(item)) out.push({ index, value: item });
  }
  return out;
}

/** A field path child: `child('spec', 'containers')` is `spec.containers`. */
export function child(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** A field path index: `index('spec.containers', 1)` is `spec.containers[1]`. */
export function index(path: string, position: number): string {
  return `${path}[${position}]`;
}

/** A field path map key: `key('spec.nodeSelector', 'disk')` is `spec.nodeSelector[disk]`. */
export function key(path: string, name: string): string {
  return `${path}[${name}]`;
}
