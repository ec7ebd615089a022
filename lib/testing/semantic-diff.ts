/** One difference between an expected and an actual Kubernetes object. */
export interface SemanticDifference {
  /** Field path, e.g. `spec.containers[0].image`; empty for the whole value. */
  readonly path: string;
  /** `added`: only in actual; `missing`: only in expected; `changed`: in both, different. */
  readonly kind: 'added' | 'missing' | 'changed';
  /** The expected value (absent when added). */
  readonly expected?: unknown;
  /** The actual value (absent when missing). */
  readonly actual?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/**
 * The differences between two Kubernetes objects as the API server sees them: key order does
 * not matter, a `null` field is the same as an absent one (as the API decodes it), list order
 * matters, and `"80"` is not `80`. An empty result means the objects are the same.
 */
export function semanticDiff(expected: unknown, actual: unknown, path = ''): SemanticDifference[] {
  if (isRecord(expected) && isRecord(actual)) {
    const result: SemanticDifference[] = [];
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) {
      const e = expected[key] ?? undefined;
      const a = actual[key] ?? undefined;
      const at = join(path, key);
      if (e === undefined && a === undefined) continue;
      if (e === undefined) result.push({ path: at, kind: 'added', actual: a });
      else if (a === undefined) result.push({ path: at, kind: 'missing', expected: e });
      else result.push(...semanticDiff(e, a, at));
    }
    return result;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const result: SemanticDifference[] = [];
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index++) {
      const at = `${path}[${index}]`;
      if (index >= actual.length) result.push({ path: at, kind: 'missing', expected: expected[index] });
      else if (index >= expected.length) result.push({ path: at, kind: 'added', actual: actual[index] });
      else result.push(...semanticDiff(expected[index], actual[index], at));
    }
    return result;
  }
  return Object.is(expected, actual) || (expected === 0 && actual === 0) ? [] : [{ path, kind: 'changed', expected, actual }];
}
