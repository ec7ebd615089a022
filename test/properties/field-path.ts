/**
 * Resolving a diagnostic's field path (`spec.containers[1].ports[0].containerPort`,
 * `metadata.labels[app.kubernetes.io/name]`) against the object it is about, guided by the
 * object so that map keys holding dots, slashes or brackets resolve exactly.
 */

/** How much of a field path exists in an object. */
export type PathResolution =
  /** Every step exists. */
  | 'exists'
  /**
   * The path leads to a field to add: its steps exist up to a field or map key that an
   * existing object lacks (a missing required field, a missing limit).
   */
  | 'to-add'
  /** The path is empty or malformed, indexes past the end of a list, or steps into a value that is not an object or list. */
  | 'missing';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function atStepEnd(path: string, at: number): boolean {
  return at === path.length || path[at] === '.' || path[at] === '[';
}

/** Resolves `path` in `root`; the empty path is `missing` (it locates nothing). */
export function resolveFieldPath(root: unknown, path: string): PathResolution {
  if (path === '') return 'missing';
  let value: unknown = root;
  let at = 0;
  while (at < path.length) {
    if (path[at] === '.' && at > 0) at++;
    let next: unknown;
    let end: number;
    if (path[at] === '[') {
      if (Array.isArray(value)) {
        const match = /^\[(\d+)\]/.exec(path.slice(at));
        if (!match || Number(match[1]) >= value.length) return 'missing';
        end = at + match[0].length;
        next = value[Number(match[1])];
      } else if (isRecord(value)) {
        const record = value;
        const key = Object.keys(record)
          .sort((a, b) => b.length - a.length)
          .find((k) => path.startsWith(`[${k}]`, at) && atStepEnd(path, at + k.length + 2));
        if (key === undefined) return /^\[[^\]]*\]/.test(path.slice(at)) ? 'to-add' : 'missing';
        end = at + key.length + 2;
        next = record[key];
      } else {
        return 'missing';
      }
    } else {
      end = at;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      const name = path.slice(at, end);
      if (name === '' || !isRecord(value)) return 'missing';
      next = value[name];
    }
    if (next === undefined) return 'to-add';
    value = next;
    at = end;
  }
  return 'exists';
}
