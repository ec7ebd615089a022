/**
 * The importer's one test for "the same object": the semantic diff is empty (key order
 * aside, a null field counts as absent, as the API server reads it). A value object or
 * pattern replaces plain data only when it passes.
 */
import { semanticDiff } from '../testing/semantic-diff';
import type { Expr } from './code-model';
import { evaluate } from './evaluate';

const NO_VARIABLES: ReadonlyMap<string, unknown> = new Map();

/** Whether `actual` is the same Kubernetes data as `expected`. */
export function sameData(expected: unknown, actual: unknown): boolean {
  return semanticDiff(expected, actual).length === 0;
}

/**
 * `candidate` when evaluating it and rendering the result gives `expected` back, else
 * undefined. Usage errors thrown by a factory count as "not the same".
 * @param candidate an expression without variables, e.g. `Probe.exec([...])`
 * @param render turns the value into its Kubernetes form, e.g. `(p) => p.toJson()`
 * @param expected the input data
 */
export function exactly(candidate: Expr, render: (value: unknown) => unknown, expected: unknown): Expr | undefined {
  try {
    return sameData(expected, render(evaluate(candidate, NO_VARIABLES))) ? candidate : undefined;
  } catch {
    return undefined;
  }
}
