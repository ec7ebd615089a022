/**
 * Keys a cdk8s app cannot write back: cdk8s renders objects by assigning each key, so a
 * `__proto__` key is lost, and an object with a `constructor` key is refused. Found before
 * any code is planned, with the field path, so the user learns why nothing was generated.
 */
import { isPlainObject, type JsonValue } from './code-model';

const UNSUPPORTED: ReadonlySet<string> = new Set(['__proto__', 'constructor']);

/** The path of a field: `.name` for a plain key, `[key]` for any other. */
function step(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${key}]`;
}

/**
 * The field path of the first key a cdk8s app cannot write (`__proto__`, `constructor`), in
 * document order; undefined when there is none.
 */
export function findUnsupportedKey(value: JsonValue, path = ''): { readonly fieldPath: string; readonly key: string } | undefined {
  if (Array.isArray(value)) {
    const items = value as readonly JsonValue[];
    for (let i = 0; i < items.length; i++) {
      const found = findUnsupportedKey(items[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const key of Object.keys(value)) {
    const at = step(path, key);
    if (UNSUPPORTED.has(key)) return { fieldPath: at, key };
    const found = findUnsupportedKey(value[key], at);
    if (found) return found;
  }
  return undefined;
}
