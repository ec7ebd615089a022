/** Helpers of the schema checker about JSON values: how they are named, compared and whether strings are well formed. */

/** How a JSON value is called in messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${truncate(JSON.stringify(value))}`;
    case 'number':
      return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/** Lists up to this length are first compared pairwise, without allocating. */
export const SHORT_LIST = 8;

function keyPart(item: unknown, key: string): unknown {
  if (!isPlainObject(item)) return undefined;
  const part = item[key];
  return (part === undefined || part === null) && key === 'protocol' ? 'TCP' : (part ?? null);
}

/** True when two items of a short list share their list-map key (a cheap pre-check). */
export function hasSameKeys(items: readonly unknown[], keys: readonly string[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      let same = isPlainObject(items[i]) && isPlainObject(items[j]);
      for (let k = 0; same && k < keys.length; k++) {
        const a = keyPart(items[i], keys[k]);
        const b = keyPart(items[j], keys[k]);
        same = a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
      }
      if (same) return true;
    }
  }
  return false;
}

/** A JSON object (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An unpaired UTF-16 surrogate. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` is well-formed UTF-16 (no unpaired surrogate); Node 20's String#isWellFormed. */
export function isWellFormed(value: string): boolean {
  return (value as string & { isWellFormed(): boolean }).isWellFormed();
}
