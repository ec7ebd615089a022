/**
 * `statefulset/update-strategy`: the type is RollingUpdate (the default) or OnDelete;
 * only RollingUpdate takes rollingUpdate; maxUnavailable, where the target version
 * honours it, is a non-zero integer or percentage up to 100%.
 */
import { getObject, getString, isSet } from '../../primitives/access';
import { checkIntOrPercent, intOrPercentValue, isOver100Percent } from '../../primitives/int-or-percent';
import type { ObjectRule } from '../../rule';

const PATH = 'spec.updateStrategy';

/** First minor version whose default feature gates honour rollingUpdate.maxUnavailable (MaxUnavailableStatefulSet beta). */
export const MAX_UNAVAILABLE_SINCE = 35;

/** Follows apps ValidateStatefulSetSpec (updateStrategy) and validateRollingUpdateStatefulSet. */
export const statefulSetUpdateStrategy: ObjectRule = {
  id: 'statefulset/update-strategy',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const strategy = getObject(getObject(object, 'spec'), 'updateStrategy');
    if (strategy === undefined) return;
    const type = getString(strategy, 'type') || 'RollingUpdate';
    if (type === 'OnDelete') {
      if (isSet(strategy, 'rollingUpdate')) {
        ctx.report({ fieldPath: `${PATH}.rollingUpdate`, message: "rollingUpdate is only allowed with updateStrategy type 'RollingUpdate'", hint: 'remove rollingUpdate, or use type RollingUpdate' });
      }
      return;
    }
    if (type !== 'RollingUpdate') {
      ctx.report({ fieldPath: `${PATH}.type`, message: `${JSON.stringify(type)} is not a StatefulSet update strategy`, hint: 'use RollingUpdate or OnDelete' });
      return;
    }
    const rolling = getObject(strategy, 'rollingUpdate');
    if (!isSet(rolling, 'maxUnavailable')) return;
    const path = `${PATH}.rollingUpdate.maxUnavailable`;
    if (ctx.minor < MAX_UNAVAILABLE_SINCE) {
      ctx.report({
        severity: 'warning',
        fieldPath: path,
        message: `Kubernetes 1.${ctx.minor} ignores maxUnavailable unless the MaxUnavailableStatefulSet feature gate is enabled`,
        hint: 'pods are updated one at a time; remove maxUnavailable or enable the gate',
      });
      return;
    }
    const value = rolling?.maxUnavailable;
    const problem = checkIntOrPercent(value);
    if (problem !== undefined) ctx.report({ fieldPath: path, message: problem, hint: "use a number of pods, e.g. 1, or a percentage, e.g. '25%'" });
    // A string that is not a percentage reads as 0 too (getIntOrPercentValue), so the server also says it cannot be 0.
    if (intOrPercentValue(value) === 0) {
      const readAs = typeof value === 'string' && problem !== undefined ? `${JSON.stringify(value)} is read as 0, and ` : '';
      ctx.report({ fieldPath: path, message: `${readAs}maxUnavailable cannot be 0`, hint: 'use at least 1, or remove it' });
    }
    if (isOver100Percent(value)) ctx.report({ fieldPath: path, message: `maxUnavailable ${String(value)} is more than 100%`, hint: "use at most '100%'" });
  },
};
