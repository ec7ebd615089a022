import { posix, relative, sep } from 'node:path';
import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { App } from '../app';
import { PodsmithUsageError } from '../errors';
import { formatSynthReport } from '../synth/report';
import { checkApp, type CheckedApp } from '../synth/synth-app';
import { SynthError } from '../synth/synth-error';
import { PODSMITH_APP } from '../synth/validation-hook';
import { planOutput } from '../synth/write';
import { stringifyDocuments } from '../yaml/emit';

/** How the synth helpers treat the validator's findings. */
export interface SynthOptions {
  /**
   * Throw {@link SynthError} on warnings too, not only on errors, so a test can insist that a
   * chart synthesizes without a single warning.
   * @default false
   */
  readonly failOnWarnings?: boolean;
}

/** What the synth helpers accept: a chart (in any cdk8s app) or a podsmith {@link App}. */
export type SynthScope = Chart | App;

function isPodsmithApp(scope: IConstruct): boolean {
  return (scope as unknown as Record<symbol, unknown>)[PODSMITH_APP] === true;
}

/**
 * Renders and validates `scope` exactly as `app.synth()` does, writing nothing; throws
 * {@link SynthError} with the synth report when an error (or, with `failOnWarnings`, a
 * warning) remains.
 */
function checked(scope: SynthScope, options: SynthOptions, helper: string): CheckedApp {
  if (!Chart.isChart(scope) && !isPodsmithApp(scope)) {
    throw new PodsmithUsageError(
      scope,
      'scope',
      `${helper} takes a chart or a podsmith App; for a plain cdk8s App, pass one of its charts, or create the app with podsmith's App`,
    );
  }
  const result = checkApp(scope);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  if (result.errorCount > 0 || (options.failOnWarnings === true && warnings > 0)) {
    const report = formatSynthReport(result.diagnostics, result.rendered.constructErrors);
    throw new SynthError(report, result.diagnostics, result.rendered.constructErrors);
  }
  return result;
}

/**
 * Synthesizes a chart, or every chart of a podsmith app, to plain Kubernetes objects (JSON
 * values), validated as synth validates them; objects come in output order (charts and
 * objects after their dependencies). Nothing is written.
 *
 * @example
 * const chart = new Chart(new App(), 'test');
 * new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });
 * expect(synthObjects(chart)[0]).toMatchObject({ kind: 'Pod', metadata: { name: 'web' } });
 *
 * @param scope the chart or the podsmith app to synthesize
 * @param options how warnings are treated
 * @returns the objects, each as `kubectl apply` would read it
 * @throws SynthError when validation finds an error, with the same report `cdk8s synth` prints
 */
export function synthObjects(scope: SynthScope, options: SynthOptions = {}): Record<string, unknown>[] {
  return checked(scope, options, 'synthObjects').rendered.charts.flatMap((chart) => chart.objects.map((object) => object.json));
}

/**
 * Synthesizes a chart, or every chart of a podsmith app, to one multi-document YAML string,
 * byte for byte what synth writes for those objects: ready for snapshot tests
 * (`expect(synthYaml(chart)).toMatchSnapshot()`).
 *
 * @param scope the chart or the podsmith app to synthesize
 * @param options how warnings are treated
 * @returns the YAML documents, separated by `---`; empty when there is no object
 * @throws SynthError when validation finds an error, with the same report `cdk8s synth` prints
 */
export function synthYaml(scope: SynthScope, options: SynthOptions = {}): string {
  return stringifyDocuments(synthObjects(scope, options));
}

/**
 * The files `cdk8s synth` would write for a podsmith app, with the app's output type and file
 * extension, keyed by their path relative to the app's output folder (with `/` separators,
 * the same on every machine). Nothing is written.
 *
 * @example
 * expect(synthFiles(app)).toEqual({ 'seeds.k8s.yaml': expect.stringContaining('kind: Pod') });
 *
 * @param app the podsmith app to synthesize
 * @param options how warnings are treated
 * @returns file path to file content, in the order synth writes the files
 * @throws SynthError when validation finds an error, with the same report `cdk8s synth` prints
 */
export function synthFiles(app: App, options: SynthOptions = {}): Record<string, string> {
  if (!isPodsmithApp(app)) {
    throw new PodsmithUsageError(app, 'app', "synthFiles takes a podsmith App (the output layout belongs to the app); for a chart, use synthYaml");
  }
  const result = checked(app, options, 'synthFiles');
  const files = planOutput(result.rendered, { outdir: app.outdir, extension: app.outputFileExtension, type: app.yamlOutputType });
  const byPath: Record<string, string> = {};
  for (const file of files) byPath[relative(app.outdir, file.path).split(sep).join(posix.sep)] = file.content;
  return byPath;
}
