/**
 * How bad a finding is: an `error` blocks synth and fails `podsmith validate`; a `warning`
 * is reported and accepted (as the API server accepts with a warning); an `info` is a
 * notice, e.g. an object of an unknown kind that was skipped.
 */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of the validation engine about one object. */
export interface Diagnostic {
  /** How bad it is. */
  readonly severity: Severity;
  /** Stable rule id, `area/rule-name`, e.g. `schema/unknown-field`, `probe/liveness-success-threshold`. */
  readonly ruleId: string;
  /** Field path inside the object, e.g. `spec.containers[1].ports[0].containerPort`; empty for the whole object. */
  readonly fieldPath: string;
  /** What is wrong, in one sentence, naming the offending value. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  /** Index of the object in the input list given to the engine. */
  readonly objectIndex: number;
}
