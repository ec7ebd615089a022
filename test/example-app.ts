import { App } from '../lib';
import { checkApp } from '../lib/synth/synth-app';
import { stringifyDocuments } from '../lib/yaml/emit';
import { addExamples } from '../examples/app';

/** One chart of the examples app, rendered as synth writes it. */
export interface ExampleChart {
  /** Chart id (the output file's name). */
  readonly id: string;
  /** The chart's objects in JSON form. */
  readonly objects: readonly Record<string, unknown>[];
  /** The chart's YAML file content. */
  readonly yaml: string;
}

/** Renders and checks the examples app without writing anything; throws on any synth error. */
export function synthExamples(): ExampleChart[] {
  const app = new App();
  addExamples(app);
  const checked = checkApp(app);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (checked.errorCount > 0) {
    throw new Error(`examples do not synthesize:\n${errors.map((d) => `${d.object.apiObject.node.path} ${d.ruleId} ${d.fieldPath}: ${d.message}`).join('\n')}\n${checked.rendered.constructErrors.join('\n')}`);
  }
  return checked.rendered.charts.map(({ chart, objects }) => ({
    id: chart.node.id,
    objects: objects.map((o) => o.json),
    yaml: stringifyDocuments(objects.map((o) => o.json)),
  }));
}
