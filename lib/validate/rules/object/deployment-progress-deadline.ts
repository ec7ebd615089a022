/**
 * `deployment/progress-deadline`: progressDeadlineSeconds (600 by default) must be
 * greater than minReadySeconds, or every rollout would be reported as stalled.
 */
import { getInt, getObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

const DEFAULT_PROGRESS_DEADLINE = 600;

/** Follows apps ValidateDeploymentSpec (progressDeadlineSeconds > minReadySeconds), after the apps/v1 default of 600. */
export const deploymentProgressDeadline: ObjectRule = {
  id: 'deployment/progress-deadline',
  kinds: ['Deployment'],
  check(object, ctx) {
    const spec = getObject(object, 'spec');
    if (spec === undefined) return;
    const explicit = getInt(spec, 'progressDeadlineSeconds');
    const deadline = explicit ?? DEFAULT_PROGRESS_DEADLINE;
    const minReady = getInt(spec, 'minReadySeconds') ?? 0;
    if (deadline < 0 || deadline > minReady) return;
    ctx.report({
      fieldPath: explicit === undefined ? 'spec.minReadySeconds' : 'spec.progressDeadlineSeconds',
      message:
        explicit === undefined
          ? `minReadySeconds ${minReady} is not less than the default progressDeadlineSeconds of ${DEFAULT_PROGRESS_DEADLINE}`
          : `progressDeadlineSeconds ${deadline} must be greater than minReadySeconds ${minReady}`,
      hint: `set progressDeadlineSeconds above ${minReady}`,
    });
  },
};
