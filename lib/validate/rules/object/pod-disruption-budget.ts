/**
 * `poddisruptionbudget/spec`: a PodDisruptionBudget sets minAvailable or maxUnavailable,
 * not both; each is a non-negative integer or a percentage of at most 100%; the selector
 * is a valid label selector; unhealthyPodEvictionPolicy is IfHealthyBudget or AlwaysAllow.
 */
import { childPath } from '../../field-path';
import { get, getObject, getString } from '../../primitives/access';
import { checkIntOrPercent, isOver100Percent } from '../../primitives/int-or-percent';
import { checkLabelSelector } from '../../primitives/label-selector';
import type { ObjectRule } from '../../rule';

const EVICTION_POLICIES = ['IfHealthyBudget', 'AlwaysAllow'];

/** Follows policy ValidatePodDisruptionBudgetSpec (apps ValidatePositiveIntOrPercent, IsNotMoreThan100Percent). */
export const podDisruptionBudgetSpec: ObjectRule = {
  id: 'poddisruptionbudget/spec',
  kinds: ['PodDisruptionBudget'],
  check(object, ctx) {
    const spec = getObject(object, 'spec');
    if (spec === undefined) return;
    const isSet = (field: string) => get(spec, field) !== undefined && get(spec, field) !== null;
    if (isSet('minAvailable') && isSet('maxUnavailable')) {
      ctx.report({ fieldPath: 'spec', message: 'minAvailable and maxUnavailable cannot both be set', hint: 'keep one of them' });
    }
    for (const field of ['minAvailable', 'maxUnavailable']) {
      const value = get(spec, field);
      if (value === undefined || value === null) continue;
      const problem = checkIntOrPercent(value);
      if (problem !== undefined) ctx.report({ fieldPath: childPath('spec', field), message: problem, hint: "use a number of pods such as 1, or a percentage such as '50%'" });
      else if (isOver100Percent(value)) ctx.report({ fieldPath: childPath('spec', field), message: `${JSON.stringify(value)} is more than 100%`, hint: "use a percentage from '0%' to '100%'" });
    }
    checkLabelSelector(getObject(spec, 'selector'), 'spec.selector', ctx);
    const policy = getString(spec, 'unhealthyPodEvictionPolicy');
    if (policy !== undefined && !EVICTION_POLICIES.includes(policy)) {
      ctx.report({ fieldPath: 'spec.unhealthyPodEvictionPolicy', message: `${JSON.stringify(policy)} is not a supported value`, hint: 'use IfHealthyBudget or AlwaysAllow' });
    }
  },
};
