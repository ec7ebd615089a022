import type { Finding, PodRule, PodSite } from '../../rule';

/** A finding as the pod-rule tests compare it: rule id, severity and field path. */
export interface FindingSummary {
  /** The finding's own rule id, or the rule's id. */
  readonly ruleId: string;
  /** `error` unless the finding says otherwise. */
  readonly severity: string;
  /** Field path of the finding. */
  readonly fieldPath: string;
}

/** Options of {@link runPodRule}. */
export interface RunOptions {
  /** Target Kubernetes minor version. @default 36 (the newest covered) */
  readonly minor?: number;
  /** True to check the spec as a workload's pod template (`spec.template.spec`). @default false */
  readonly template?: boolean;
  /** The pod metadata. @default {} */
  readonly metadata?: unknown;
}

/** Runs one pod rule on a spec and returns every finding, in report order. Test support only. */
export function runPodRule(rule: PodRule, spec: unknown, options: RunOptions = {}): Finding[] {
  const template = options.template ?? false;
  const site: PodSite = {
    ownerKind: template ? 'Deployment' : 'Pod',
    specPath: template ? 'spec.template.spec' : 'spec',
    spec,
    metadataPath: template ? 'spec.template.metadata' : 'metadata',
    metadata: options.metadata ?? {},
    isTemplate: template,
  };
  const findings: Finding[] = [];
  rule.check(site, { minor: options.minor ?? 36, report: (finding) => findings.push(finding) });
  return findings;
}

/** Like {@link runPodRule}, but summarised as `severity ruleId fieldPath` strings. Test support only. */
export function summarize(rule: PodRule, spec: unknown, options: RunOptions = {}): string[] {
  return runPodRule(rule, spec, options).map((f) => `${f.severity ?? 'error'} ${f.ruleId ?? rule.id} ${f.fieldPath}`);
}

/** A minimal valid pod spec with the given containers, for tests. */
export function podWith(containers: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { containers, ...extra };
}

/** Degenerate inputs every rule must survive without findings or exceptions. */
export const DEGENERATE_SPECS: ReadonlyArray<readonly [string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'spec'],
  ['a number', 7],
  ['an array', []],
  ['containers of the wrong type', { containers: 'web' }],
  ['containers holding junk', { containers: [null, 3, 'x', []] }],
];
