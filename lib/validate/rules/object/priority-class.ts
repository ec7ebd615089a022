/**
 * `priorityclass/spec`: PriorityClass names starting with `system-` are reserved for the
 * two built-in classes (with their own values, not global defaults); other classes have a
 * value of at most 1000000000; preemptionPolicy is PreemptLowerPriority or Never.
 */
import { getBool, getInt, getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** The highest value of a user-defined priority class (scheduling `HighestUserDefinablePriority`). */
const HIGHEST_USER_PRIORITY = 1_000_000_000;
const SYSTEM_CLASSES: Readonly<Record<string, number>> = { 'system-cluster-critical': 2_000_000_000, 'system-node-critical': 2_000_001_000 };

/** Follows scheduling ValidatePriorityClass (IsKnownSystemPriorityClass, ValidatePreemptionPolicy). */
export const priorityClassSpec: ObjectRule = {
  id: 'priorityclass/spec',
  kinds: ['PriorityClass'],
  check(object, ctx) {
    const name = getString(getObject(object, 'metadata'), 'name') ?? '';
    const value = getInt(object, 'value');
    if (name.startsWith('system-')) {
      const expected = SYSTEM_CLASSES[name];
      if (expected === undefined || value !== expected || getBool(object, 'globalDefault') === true) {
        ctx.report({
          fieldPath: 'metadata.name',
          message: `PriorityClass names starting with 'system-' are reserved${expected === undefined ? '' : `; ${name} must have the value ${expected} and not be the global default`}`,
          hint: 'choose a name without the system- prefix',
        });
      }
    } else if (value !== undefined && value > HIGHEST_USER_PRIORITY) {
      ctx.report({ fieldPath: 'value', message: `${value} is above ${HIGHEST_USER_PRIORITY}, the highest user-defined priority`, hint: `use a value up to ${HIGHEST_USER_PRIORITY}` });
    }
    const policy = getString(object, 'preemptionPolicy');
    if (policy !== undefined && policy !== 'PreemptLowerPriority' && policy !== 'Never') {
      ctx.report({ fieldPath: 'preemptionPolicy', message: `${JSON.stringify(policy)} is not a supported value`, hint: 'use PreemptLowerPriority or Never' });
    }
  },
};
