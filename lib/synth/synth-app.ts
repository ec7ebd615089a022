import type { IConstruct } from 'constructs';
import { renderApp, type RenderedApp } from './render';
import { validateRendered, type SynthDiagnostic } from './validate-rendered';

/** An app rendered and checked, ready to be written when it holds no error. */
export interface CheckedApp {
  /** Everything rendered, in output order. */
  readonly rendered: RenderedApp;
  /** Findings of the validator about the rendered objects. */
  readonly diagnostics: readonly SynthDiagnostic[];
  /** Number of errors: validator errors plus construct validation errors. */
  readonly errorCount: number;
}

/** Renders every object of the app once and validates all of them. Writes nothing. */
export function checkApp(root: IConstruct): CheckedApp {
  const rendered = renderApp(root);
  const diagnostics = validateRendered(rendered.charts.flatMap((chart) => chart.objects));
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length + rendered.constructErrors.length;
  return { rendered, diagnostics, errorCount };
}
