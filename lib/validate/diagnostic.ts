/** How bad a finding is: an `error` blocks synth and fails `podsmith validate`; a `warning` does not. */
export type Severity = 'error' | 'warning';

/** One finding of the validation engine about one object. */
export interface Diagnostic {
  /** `error` blocks; `warning` is reported and accepted (as the API server does with warnings). */
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
