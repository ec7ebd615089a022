import type { Finding, PodRule, PodSite } from '../validate/rule';
import { asRecord } from '../validate/rules/pod/access';
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
  const record = asRecord(object);
  const apiVersion = record?.apiVersion;
  const kind = record?.kind;
  if (apiVersion !== 'v1' || kind !== 'Pod') {
    return [
      {
        ruleId: 'static-pod/kind',
        severity: 'error',
        fieldPath: 'kind',
        message: `a kubelet's staticPodPath holds Pods only, not ${String(apiVersion)}/${String(kind)}`,
        hint: 'move the object to a regular chart, or make it a Pod',
      },
    ];
  }
  const site: PodSite = { ownerKind: 'Pod', specPath: 'spec', spec: record?.spec, metadataPath: 'metadata', metadata: record?.metadata, isTemplate: false };
  const problems: StaticPodProblem[] = [];
  for (const rule of options.rules ?? STATIC_POD_RULES) {
    rule.check(site, {
      minor: options.minor,
      report: (finding) => problems.push({ ...finding, ruleId: finding.ruleId ?? rule.id, severity: finding.severity === 'warning' ? 'warning' : 'error' }),
    });
  }
  return problems;
}
