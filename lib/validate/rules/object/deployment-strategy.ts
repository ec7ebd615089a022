/**
 * `deployment/strategy`: the strategy type is RollingUpdate (the default) or Recreate;
 * Recreate takes no rollingUpdate; maxUnavailable and maxSurge are non-negative
 * integers or percentages (each defaulting to 25%), maxUnavailable at most 100%, and
 * not both 0 (the rollout could never progress).
 */
import { getObject, getString, isSet } from '../../primitives/access';
import { checkIntOrPercent, intOrPercentValue, isOver100Percent } from '../../primitives/int-or-percent';
import type { ObjectRule } from '../../rule';

const PATH = 'spec.strategy';

/** Follows apps ValidateDeploymentStrategy and ValidateRollingUpdateDeployment, after the apps/v1 defaults. */
export const deploymentStrategy: ObjectRule = {
  id: 'deployment/strategy',
  kinds: ['Deployment'],
  check(object, ctx) {
    const strategy = getObject(getObject(object, 'spec'), 'strategy');
    if (strategy === undefined) return;
    const type = getString(strategy, 'type') || 'RollingUpdate';
    if (type === 'Recreate') {
      if (isSet(strategy, 'rollingUpdate')) {
        ctx.report({ fieldPath: `${PATH}.rollingUpdate`, message: 'rollingUpdate may not be set when the strategy type is Recreate', hint: 'remove rollingUpdate, or use type RollingUpdate' });
      }
      return;
    }
    if (type !== 'RollingUpdate') {
      ctx.report({ fieldPath: `${PATH}.type`, message: `${JSON.stringify(type)} is not a Deployment strategy`, hint: 'use RollingUpdate or Recreate' });
      return;
    }
    const rolling = getObject(strategy, 'rollingUpdate');
    const maxUnavailable = isSet(rolling, 'maxUnavailable') ? rolling?.maxUnavailable : '25%';
    const maxSurge = isSet(rolling, 'maxSurge') ? rolling?.maxSurge : '25%';
    const unavailableProblem = checkIntOrPercent(maxUnavailable);
    if (unavailableProblem !== undefined) ctx.report({ fieldPath: `${PATH}.rollingUpdate.maxUnavailable`, message: unavailableProblem, hint: "use a number of pods, e.g. 1, or a percentage, e.g. '25%'" });
    const surgeProblem = checkIntOrPercent(maxSurge);
    if (surgeProblem !== undefined) ctx.report({ fieldPath: `${PATH}.rollingUpdate.maxSurge`, message: surgeProblem, hint: "use a number of pods, e.g. 1, or a percentage, e.g. '25%'" });
    if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
      ctx.report({
        fieldPath: `${PATH}.rollingUpdate.maxUnavailable`,
        message: 'maxUnavailable and maxSurge cannot both be 0: the rollout could never replace a pod',
        hint: 'allow at least one extra pod (maxSurge: 1) or one unavailable pod (maxUnavailable: 1)',
      });
    }
    if (isOver100Percent(maxUnavailable)) {
      ctx.report({ fieldPath: `${PATH}.rollingUpdate.maxUnavailable`, message: `maxUnavailable ${String(maxUnavailable)} is more than 100%`, hint: "use at most '100%'" });
    }
  },
};
