/**
 * The importer's proof: the statements it plans for one object are run in a scratch app
 * with the real constructs, and the object they render must be the input object (empty
 * semantic diff). Only proven statements are printed.
 */
import { App } from '../app';
import { Chart } from '../chart';
import { renderApp } from '../synth/render';
import { semanticDiff, type SemanticDifference } from '../testing/semantic-diff';
import type { Statement } from './code-model';
import { run } from './evaluate';
import type { JsonRecord } from './json-record';

/** Where the statements run: the chart's variable name and the app's settings. */
export interface ProofContext {
  /** Name of the chart variable the statements use as scope. */
  readonly chartVariable: string;
  /** Target Kubernetes version of the generated app, if set. */
  readonly kubernetesVersion?: string;
}

/**
 * A short account of what differs, e.g. `spec.containers[0].image missing`.
 * @param differences the differences
 * @param limit how many to name @default 3
 */
export function describeDifferences(differences: readonly SemanticDifference[], limit = 3): string {
  const shown = differences.slice(0, limit).map((d) => `${d.path || '(the object)'} ${d.kind}`);
  const more = differences.length > limit ? ` and ${differences.length - limit} more` : '';
  return `${shown.join(', ')}${more}`;
}

/**
 * Runs `statements` in a scratch app and compares the one object they render with `expected`.
 * @returns undefined when it is the same object, otherwise why not
 */
export function disproof(statements: readonly Statement[], expected: JsonRecord, context: ProofContext): string | undefined {
  try {
    const app = new App(context.kubernetesVersion === undefined ? {} : { kubernetesVersion: context.kubernetesVersion });
    const chart = new Chart(app, 'import-check');
    run(statements, new Map<string, unknown>([[context.chartVariable, chart]]));
    const rendered = renderApp(app);
    if (rendered.constructErrors.length > 0) return `the constructs report: ${rendered.constructErrors[0]}`;
    const objects = rendered.charts.flatMap((c) => c.objects);
    if (objects.length !== 1) return `the statements render ${objects.length} objects instead of one`;
    const differences = semanticDiff(expected, objects[0].json);
    return differences.length === 0 ? undefined : `the rendered object differs: ${describeDifferences(differences)}`;
  } catch (error) {
    return `the constructs refuse it: ${error instanceof Error ? error.message : String(error)}`;
  }
}
