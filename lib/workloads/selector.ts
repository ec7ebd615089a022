import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../errors';
import type * as k8s from '../k8s/types.generated';

/** A workload's selector: the API's form (`matchLabels`, `matchExpressions`). */
export type SelectorProp = k8s.LabelSelector;

/** The API form of a selector prop. */
export function renderSelector(selector: SelectorProp): k8s.LabelSelector {
  return selector;
}

/**
 * The selector a workload gets when none is given: `matchLabels` equal to the pod template's
 * labels, or `undefined` when the template has none (the validator then reports the missing
 * selector at synth).
 */
export function selectorFromLabels(labels: Readonly<Record<string, string>>): k8s.LabelSelector | undefined {
  return Object.keys(labels).length === 0 ? undefined : { matchLabels: { ...labels } };
}

/**
 * The API form of a ReplicationController's selector, a plain label map: set-based
 * requirements cannot be expressed there, so they throw at once.
 *
 * @param owner the ReplicationController
 * @param selector the selector prop
 */
export function renderEqualitySelector(owner: IConstruct, selector: SelectorProp | Readonly<Record<string, string>>): Record<string, string> {
  const isApiForm = 'matchLabels' in selector || 'matchExpressions' in selector;
  if (!isApiForm) return { ...(selector as Record<string, string>) };
  const api = selector as k8s.LabelSelector;
  if ((api.matchExpressions ?? []).length > 0) {
    throw new PodsmithUsageError(owner, 'selector', 'a ReplicationController selects by equality only (key=value); use a ReplicaSet or Deployment for set-based requirements');
  }
  return { ...(api.matchLabels ?? {}) };
}
