/**
 * A {@link RuleContext} that keeps the findings, for tests of rules and helpers.
 */
import type { Finding, RuleContext } from '../rule';

/** Collects findings instead of turning them into diagnostics. */
export class CollectingContext implements RuleContext {
  /** Findings so far. */
  readonly findings: Finding[] = [];

  /** @param minor target Kubernetes minor version @default 36 */
  constructor(readonly minor = 36) {}

  /** Keeps the finding. */
  report(finding: Finding): void {
    this.findings.push(finding);
  }

  /** The findings as `[severity, ruleId or '', fieldPath]` triples, for compact assertions. */
  summary(): Array<[string, string, string]> {
    return this.findings.map((f) => [f.severity ?? 'error', f.ruleId ?? '', f.fieldPath]);
  }

  /** The field paths of the findings. */
  paths(): string[] {
    return this.findings.map((f) => f.fieldPath);
  }
}
