/**
 * Typed reads of untrusted JSON for the object rules. The schema layer reports values of
 * the wrong type; rules read only values of the expected type and skip the others, so
 * every accessor returns `undefined` rather than throwing. Only own properties are read,
 * so keys such as `__proto__` or `constructor` never yield inherited values.
 */

/** A JSON object as the rules read it. */
export type JsonObject = Readonly<Record<string, unknown>>;

const hasOwn = Object.prototype.hasOwnProperty;

/** True for a JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The own property `key` of a JSON object, never an inherited one (`constructor`,
 * `__proto__`, `toString`...). Cheaper than `hasOwnProperty` on every read: JSON values
 * are never functions, so only a function or the `__proto__` key can be inherited, and
 * only those are checked.
 */
export function ownValue(record: JsonObject, key: string): unknown {
  const item = record[key];
  if (item === undefined || (typeof item !== 'function' && key !== '__proto__')) return item;
  return hasOwn.call(record, key) ? item : undefined;
}

/** The own property `key` of `value` when `value` is an object; `undefined` otherwise. */
export function get(value: unknown, key: string): unknown {
  return isObject(value) ? ownValue(value, key) : undefined;
}

/** `value[key]` as an object. */
export function getObject(value: unknown, key: string): JsonObject | undefined {
  const item = get(value, key);
  return isObject(item) ? item : undefined;
}

/** `value[key]` as an array. */
export function getArray(value: unknown, key: string): readonly unknown[] | undefined {
  const item = get(value, key);
  return Array.isArray(item) ? item : undefined;
}

/** `value[key]` as a string. */
export function getString(value: unknown, key: string): string | undefined {
  const item = get(value, key);
  return typeof item === 'string' ? item : undefined;
}

/** `value[key]` as an integer. */
export function getInt(value: unknown, key: string): number | undefined {
  const item = get(value, key);
  return typeof item === 'number' && Number.isInteger(item) ? item : undefined;
}

/** `value[key]` as a boolean. */
export function getBool(value: unknown, key: string): boolean | undefined {
  const item = get(value, key);
  return typeof item === 'boolean' ? item : undefined;
}

/** True when `value[key]` is set to something other than null (Kubernetes reads null as absent). */
export function isSet(value: unknown, key: string): boolean {
  const item = get(value, key);
  return item !== undefined && item !== null;
}

/** Follows a chain of object fields: `getPath(o, ['spec', 'template'])`. */
export function getPath(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    current = get(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/** The string entries of a string map (labels, annotations, matchLabels); other values are skipped. */
export function stringEntries(value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!isObject(value)) return out;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item === 'string') out.push([key, item]);
  }
  return out;
}

/** A value for a message: strings quoted, others as JSON. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
