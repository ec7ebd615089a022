import type { Finding, PodRule, PodSite } from '../validate/rule';
import { asRecord } from '../validate/rules/pod/access';
import { staticPodKind } from './kind-rule';
import { STATIC_POD_RULES } from './rules';

/** A problem of an object written for a kubelet's staticPodPath. */
export interface StaticPodProblem extends Finding {
  /** The rule that found it, e.g. `static-pod/secret`. */
  readonly ruleId: string;
  /** `error` or `warning`. */
  readonly severity: 'error' | 'warning';
}

/** Options of {@link checkStaticPod}. */
export interface CheckStaticPodOptions {
  /** Target Kubernetes minor version, e.g. `33`. */
  readonly minor: number;
  /** Rules to run. @default every static pod rule */
  readonly rules?: readonly PodRule[];
}

/**
 * Every problem of one object meant for a kubelet's staticPodPath: the kubelet reads Pods only
 * (`v1/Pod`), and a static pod may not reference API objects nor have ephemeral containers.
 * Never throws on bad input.
 *
 * @param object the object in Kubernetes JSON form (untrusted)
 * @param options target version and rules
 */
export function checkStaticPod(object: unknown, options: CheckStaticPodOptions): StaticPodProblem[] {
  const record = asRecord(object) ?? {};
  const problems: StaticPodProblem[] = [];
  const reporter = (id: string) => (finding: Finding) =>
    problems.push({ ...finding, ruleId: finding.ruleId ?? id, severity: finding.severity === 'warning' ? 'warning' : 'error' });
  staticPodKind.check(record, { minor: options.minor, report: reporter(staticPodKind.id) });
  if (problems.length > 0) return problems;
  const site: PodSite = { ownerKind: 'Pod', specPath: 'spec', spec: record.spec, metadataPath: 'metadata', metadata: record.metadata, isTemplate: false };
  for (const rule of options.rules ?? STATIC_POD_RULES) rule.check(site, { minor: options.minor, report: reporter(rule.id) });
  return problems;
}
