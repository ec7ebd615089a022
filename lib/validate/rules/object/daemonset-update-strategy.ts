/**
 * `daemonset/update-strategy`: the type is RollingUpdate (the default) or OnDelete; a
 * rolling update needs exactly one of maxUnavailable (default 1) and maxSurge
 * (default 0) to be non-zero, each a non-negative integer or a percentage up to 100%.
 */
import { getObject, getString, isSet } from '../../primitives/access';
import { checkIntOrPercent, intOrPercentValue, isOver100Percent } from '../../primitives/int-or-percent';
import type { ObjectRule } from '../../rule';

const PATH = 'spec.updateStrategy';

/** Follows apps ValidateDaemonSetUpdateStrategy and ValidateRollingUpdateDaemonSet, after the apps/v1 defaults. */
export const daemonSetUpdateStrategy: ObjectRule = {
  id: 'daemonset/update-strategy',
  kinds: ['DaemonSet'],
  check(object, ctx) {
    const strategy = getObject(getObject(object, 'spec'), 'updateStrategy');
    if (strategy === undefined) return;
    const type = getString(strategy, 'type') || 'RollingUpdate';
    if (type === 'OnDelete') return;
    if (type !== 'RollingUpdate') {
      ctx.report({ fieldPath: `${PATH}.type`, message: `${JSON.stringify(type)} is not a DaemonSet update strategy`, hint: 'use RollingUpdate or OnDelete' });
      return;
    }
    const rolling = getObject(strategy, 'rollingUpdate');
    const maxUnavailable = isSet(rolling, 'maxUnavailable') ? rolling?.maxUnavailable : 1;
    const maxSurge = isSet(rolling, 'maxSurge') ? rolling?.maxSurge : 0;
    for (const [name, value] of [
      ['maxUnavailable', maxUnavailable],
      ['maxSurge', maxSurge],
    ] as const) {
      const problem = checkIntOrPercent(value);
      if (problem !== undefined) ctx.report({ fieldPath: `${PATH}.rollingUpdate.${name}`, message: problem, hint: "use a number of nodes, e.g. 1, or a percentage, e.g. '10%'" });
      if (isOver100Percent(value)) ctx.report({ fieldPath: `${PATH}.rollingUpdate.${name}`, message: `${name} ${String(value)} is more than 100%`, hint: "use at most '100%'" });
    }
    const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
    const hasSurge = intOrPercentValue(maxSurge) !== 0;
    if (hasUnavailable && hasSurge) {
      ctx.report({
        fieldPath: `${PATH}.rollingUpdate.maxSurge`,
        message: `maxSurge may not be set when maxUnavailable is non-zero (maxUnavailable is ${String(maxUnavailable)}${isSet(rolling, 'maxUnavailable') ? '' : ' by default'})`,
        hint: 'set maxUnavailable: 0 to surge, or remove maxSurge',
      });
    } else if (!hasUnavailable && !hasSurge) {
      ctx.report({ fieldPath: `${PATH}.rollingUpdate.maxUnavailable`, message: 'maxUnavailable cannot be 0 when maxSurge is 0', hint: 'set maxUnavailable or maxSurge to at least 1' });
    }
  },
};
