/**
 * The error the YAML emitter throws for a value that is not JSON, naming where it is.
 */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way Kubernetes field paths read: `spec.containers[0].args[2]`, with
 * keys that are not plain words in brackets (`metadata.labels["app.kubernetes.io/name"]`).
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (IDENTIFIER.test(segment)) {
      path += path === '' ? segment : `.${segment}`;
    } else {
      path += `[${JSON.stringify(segment)}]`;
    }
  }
  return path;
}

/** A value that cannot be written as YAML because it is not JSON. */
export class NotJsonError extends Error {
  /** Where the value is, e.g. `documents[2].spec.containers[0].ports[0].containerPort`. */
  readonly path: string;
  /** What is wrong with it, e.g. `is NaN`. */
  readonly problem: string;

  /**
   * @param path where the value is
   * @param problem what is wrong with it, as a predicate (`is a function`)
   * @param fix how to fix it
   */
  constructor(path: string, problem: string, fix: string) {
    super(`Cannot write YAML: ${path} ${problem}. ${fix}`);
    this.name = 'NotJsonError';
    this.path = path;
    this.problem = problem;
  }
}
