import type { SynthDiagnostic } from './validate-rendered';

/** Thrown by the programmatic synth helpers when an app holds errors; the message is the report. */
export class SynthError extends Error {
  /**
   * @param report the formatted report of every problem
   * @param diagnostics the validator's findings
   * @param constructErrors construct validation errors, as `[path] message`
   */
  public constructor(
    report: string,
    public readonly diagnostics: readonly SynthDiagnostic[],
    public readonly constructErrors: readonly string[],
  ) {
    super(report);
    this.name = 'SynthError';
  }
}
