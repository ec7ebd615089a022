import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../errors';
import type * as k8s from '../k8s/types.generated';
import { LabelSelector } from '../labels';

/**
 * A workload's selector: a {@link LabelSelector} (`LabelSelector.parse('app=web,env!=prd')`) or
 * the API form (`{ matchLabels: { app: 'web' } }`).
 */
export type SelectorProp = LabelSelector | k8s.LabelSelector;

/**
 * The API form of a selector prop. A LabelSelector with `>` or `<` cannot be written in an
 * object, so it throws at once.
 *
 * @param owner the workload, named in errors
 * @param prop where the selector sits in the owner's props, e.g. `selector`
 * @param selector the selector prop
 */
export function renderSelector(owner: IConstruct, prop: string, selector: SelectorProp): k8s.LabelSelector {
  if (!(selector instanceof LabelSelector)) return selector;
  try {
    return selector.toJson() as k8s.LabelSelector;
  } catch (error) {
    throw new PodsmithUsageError(owner, prop, (error as Error).message);
  }
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
 * The API form of a ReplicationController's selector, a plain label map. A LabelSelector that
 * is more than equalities (`in`, `!=`, `!key` ...) cannot be written there, so it throws at once.
 *
 * @param owner the ReplicationController, named in errors
 * @param selector the selector prop
 */
export function renderEqualitySelector(owner: IConstruct, selector: LabelSelector | Readonly<Record<string, string>>): Record<string, string> {
  if (!(selector instanceof LabelSelector)) return { ...selector };
  const json = renderSelector(owner, 'selector', selector);
  if ((json.matchExpressions ?? []).length > 0) {
    throw new PodsmithUsageError(
      owner,
      'selector',
      `a ReplicationController selects by equality only (key=value), "${selector.toString()}" is more than that; use a ReplicaSet or Deployment for set-based requirements`,
    );
  }
  return { ...(json.matchLabels ?? {}) };
}
