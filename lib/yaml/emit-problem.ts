import { NotJsonError, PathSegment, formatPath } from './not-json-error';
import { UnwritableStringError } from './string-scalar';

/**
 * A value the emitter refuses, thrown inside the walk: each enclosing container adds its
 * key on the way out, and the top turns it into a {@link NotJsonError}.
 */
export class EmitProblem {
  /** The path from the problem up to the document, innermost first. */
  readonly reversedPath: PathSegment[] = [];
  /** How many leading path segments to report, when the problem was found deeper than it is. */
  pathLength: number | undefined;

  /**
   * @param problem what is wrong, as a predicate (`is NaN`)
   * @param fix how to fix it
   */
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {}

  /** The error to throw, with the path below `root` (e.g. `['documents', 2]`). */
  toError(root: readonly PathSegment[]): NotJsonError {
    const inner = [...this.reversedPath].reverse().slice(0, this.pathLength);
    return new NotJsonError(formatPath([...root, ...inner]), this.problem, this.fix);
  }
}

/** The problem with a value that is not JSON (not a string, finite number, boolean, null, array or plain object). */
export function describeNonJson(value: unknown): EmitProblem {
  switch (typeof value) {
    case 'undefined':
      return new EmitProblem('is undefined', 'Remove it or set null; JSON has no undefined here.');
    case 'number':
      return new EmitProblem(
        `is ${value}`,
        'Use a finite number (or a string); JSON and Kubernetes have no NaN or infinity.',
      );
    case 'bigint':
      return new EmitProblem('is a bigint', 'Convert it to a number or a string.');
    case 'function':
      return new EmitProblem('is a function', 'Call it, or remove it; only data can be written.');
    case 'symbol':
      return new EmitProblem('is a symbol', 'Use a string instead.');
    default: {
      const name = (value as object).constructor?.name ?? 'object without a prototype';
      return new EmitProblem(
        `is a ${name}, not a plain object or array`,
        'Convert it to plain JSON data first (e.g. a Date to an ISO string).',
      );
    }
  }
}

/** The problem of a cycle; `ancestors` ends with the container that was met again. */
export function describeCycle(ancestors: readonly object[]): EmitProblem {
  const problem = new EmitProblem(
    'refers back to an object that contains it (a cycle)',
    'Break the cycle: YAML output needs a tree.',
  );
  // Report the first container on the path that repeats one of its ancestors.
  let depth = 1;
  while (ancestors.indexOf(ancestors[depth]!) === depth) {
    depth++;
  }
  problem.pathLength = depth;
  return problem;
}

/** Turns a string that cannot be written into an {@link EmitProblem}, so that it gets its path. */
export function asEmitProblem(error: unknown): unknown {
  if (error instanceof UnwritableStringError) {
    return new EmitProblem(error.message, 'Fix the text before writing it.');
  }
  return error;
}
