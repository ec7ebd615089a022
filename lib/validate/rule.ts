import type { Severity } from './diagnostic';

/** A Kubernetes object as the engine sees it: plain JSON, not yet trusted. */
export type KubeObject = Readonly<Record<string, unknown>>;

/** One finding, as a rule reports it; the engine adds the rule id and the object index. */
export interface Finding {
  /** Field path inside the object, e.g. `spec.containers[0].image`. */
  readonly fieldPath: string;
  /** What is wrong, naming the offending value. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  /** @default 'error' */
  readonly severity?: Severity;
  /** A more precise rule id than the rule's own, for rules that check several facets. @default the rule's id */
  readonly ruleId?: string;
}

/** What a rule knows about the run. */
export interface RuleContext {
  /** Target Kubernetes minor version, e.g. `33` for 1.33. */
  readonly minor: number;
  /** Report a finding. Rules report; they never throw for bad input. */
  report(finding: Finding): void;
}

/** A place where a pod spec lives: a Pod's own spec, or a workload's pod template. */
export interface PodSite {
  /** The kind of the object that holds the pod spec, e.g. `Pod`, `Deployment`, `CronJob`. */
  readonly ownerKind: string;
  /** Path of the pod spec inside the object: `spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`. */
  readonly specPath: string;
  /** The pod spec itself (untrusted: check types before use). */
  readonly spec: unknown;
  /** Path of the pod metadata: `metadata` for a Pod, `spec.template.metadata` for a template. */
  readonly metadataPath: string;
  /** The pod metadata (untrusted). */
  readonly metadata: unknown;
  /** True for a workload's template, false for a Pod. */
  readonly isTemplate: boolean;
}

/** A semantic rule on whole objects (metadata, workload fields, selectors). */
export interface ObjectRule {
  /** Stable id, `area/rule-name`. */
  readonly id: string;
  /** Kinds the rule applies to; absent: every object. */
  readonly kinds?: readonly string[];
  /** Check one object. */
  check(object: KubeObject, ctx: RuleContext): void;
}

/** A semantic rule on a pod spec, run on every {@link PodSite} of every object. */
export interface PodRule {
  /** Stable id, `area/rule-name`. */
  readonly id: string;
  /** Check one pod spec. */
  check(site: PodSite, ctx: RuleContext): void;
}
