/**
 * The {@link RuleContext} the engine hands to rules: it turns findings into diagnostics
 * carrying the current rule id and object index. One instance per validation run.
 */
import type { Diagnostic } from './diagnostic';
import type { Finding, RuleContext } from './rule';

/** Collects the diagnostics of one run, in discovery order. */
export class RunContext implements RuleContext {
  /** Diagnostics so far. */
  readonly out: Diagnostic[] = [];
  /** Id of the rule being run; findings without their own id get it. */
  ruleId = '';
  /** Index of the object being checked. */
  objectIndex = 0;
  /** Path of the list item being checked (e.g. `items[2]`), prepended to every field path; empty for top-level objects. */
  prefix = '';

  /** @param minor target Kubernetes minor version, e.g. 33 */
  constructor(readonly minor: number) {}

  /** Records a finding of the current rule. */
  report(finding: Finding): void {
    const severity = finding.severity ?? 'error';
    const ruleId = finding.ruleId ?? this.ruleId;
    const fieldPath = this.prefixed(finding.fieldPath);
    // Literals rather than spreads (cheaper); the key order is the diagnostics' order in JSON output.
    this.out.push(
      finding.hint === undefined
        ? { severity, ruleId, fieldPath, message: finding.message, objectIndex: this.objectIndex }
        : { severity, ruleId, fieldPath, message: finding.message, hint: finding.hint, objectIndex: this.objectIndex },
    );
  }

  /** Records a diagnostic whose field path is relative to the object being checked. */
  push(diagnostic: Diagnostic): void {
    this.out.push(this.prefix === '' ? diagnostic : { ...diagnostic, fieldPath: this.prefixed(diagnostic.fieldPath) });
  }

  private prefixed(fieldPath: string): string {
    if (this.prefix === '') return fieldPath;
    return fieldPath === '' ? this.prefix : fieldPath.startsWith('[') ? `${this.prefix}${fieldPath}` : `${this.prefix}.${fieldPath}`;
  }

  /** Reports a rule that threw: a bug in the rule, never the user's fault. */
  reportCrash(ruleId: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.out.push({
      severity: 'error',
      ruleId: 'internal/rule-crashed',
      fieldPath: this.prefix,
      message: `rule ${ruleId} crashed: ${reason}`,
      hint: 'this is a bug in podsmith; please report it with the object that triggers it',
      objectIndex: this.objectIndex,
    });
  }
}
