/**
 * Splits a field path of the engine's notation into steps: `spec.containers[1].image`
 * is `spec`, `containers`, `1`, `image`; a map key in brackets keeps its dots and
 * slashes: `metadata.labels[app.kubernetes.io/name]`. A bracket may also hold a quoted
 * key (`["a.b"]`), as other tools write it.
 */

/** One step of a field path. */
export interface FieldPathStep {
  /** The field name, the list index (as digits) or the map key. */
  readonly name: string;
  /** True for a step written after a dot (or first), false for a step written in brackets. */
  readonly dotted: boolean;
}

/** The steps of `fieldPath`; empty for the empty path (the whole object). */
export function parseFieldPath(fieldPath: string): FieldPathStep[] {
  const steps: FieldPathStep[] = [];
  let at = 0;
  const length = fieldPath.length;
  while (at < length) {
    const char = fieldPath[at];
    if (char === '.') {
      at++;
      continue;
    }
    if (char === '[') {
      const end = bracketEnd(fieldPath, at);
      steps.push({ name: unquote(fieldPath.slice(at + 1, end)), dotted: false });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < length && fieldPath[end] !== '.' && fieldPath[end] !== '[') end++;
    steps.push({ name: fieldPath.slice(at, end), dotted: true });
    at = end;
  }
  return steps;
}

/**
 * The `]` closing the bracket opened at `open`: the first `]` followed by the end, a
 * `.` or a `[`, so that a key holding `]` stays whole; the last `]` when none is.
 */
function bracketEnd(path: string, open: number): number {
  let candidate = path.indexOf(']', open + 1);
  if (candidate === -1) return path.length;
  let last = candidate;
  while (candidate !== -1) {
    const after = path[candidate + 1];
    if (after === undefined || after === '.' || after === '[') return candidate;
    last = candidate;
    candidate = path.indexOf(']', candidate + 1);
  }
  return last;
}

function unquote(key: string): string {
  if (key.length >= 2 && key[0] === '"' && key[key.length - 1] === '"') {
    try {
      const parsed: unknown = JSON.parse(key);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // not a JSON string: keep the key as written
    }
  }
  if (key.length >= 2 && key[0] === "'" && key[key.length - 1] === "'") return key.slice(1, -1);
  return key;
}
