/**
 * Plain JSON objects read from manifests, handled without ever assigning an input key
 * (a key such as `__proto__` becomes an own field, never the prototype).
 */
import { isPlainObject, type JsonValue } from './code-model';

/** A JSON object as read from a manifest. */
export type JsonRecord = { readonly [key: string]: JsonValue };

/** A JSON object being changed (a working copy, never the input). */
export type MutableRecord = { [key: string]: JsonValue };

/** Sets an own, enumerable field, also for `__proto__`. */
export function setField(target: MutableRecord, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `value` when it is a JSON object, else undefined. */
export function asRecord(value: JsonValue | undefined): JsonRecord | undefined {
  return isPlainObject(value) ? value : undefined;
}

/** The set fields of an object, in order (Kubernetes reads a null field as absent, so those are left out). */
export function setKeys(value: JsonRecord): string[] {
  return Object.keys(value).filter((key) => value[key] !== null);
}

/** A copy of `record` without the keys in `omit` and without null fields. */
export function without(record: JsonRecord, omit: readonly string[]): MutableRecord {
  const result: MutableRecord = {};
  for (const key of setKeys(record)) if (!omit.includes(key)) setField(result, key, record[key]);
  return result;
}

/** A deep copy that can be changed. */
export function mutableCopy(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map(mutableCopy);
  if (isPlainObject(value)) {
    const result: MutableRecord = {};
    for (const key of Object.keys(value)) setField(result, key, mutableCopy(value[key]));
    return result;
  }
  return value;
}
