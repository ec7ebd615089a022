import { child, recordAt, stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** Baseline: seccomp may not be turned off (`seccompProfile_baseline`): no type Unconfined. */
export const baselineSeccomp = pssCheck('pss/baseline-seccomp', (view, ctx) => {
  if (stringAt(recordAt(view.podContext, 'seccompProfile'), 'type') === 'Unconfined') {
    const fieldPath = child(child(view.podContextPath, 'seccompProfile'), 'type');
    ctx.report({ fieldPath, message: 'the pod sets seccomp profile Unconfined; the baseline profile forbids it', hint: `set ${fieldPath} to RuntimeDefault` });
  }
  for (const container of view.containers) {
    if (stringAt(recordAt(containerContext(container), 'seccompProfile'), 'type') !== 'Unconfined') continue;
    const fieldPath = containerContextPath(container, 'seccompProfile', 'type');
    ctx.report({ fieldPath, message: `${describeContainer(container)} sets seccomp profile Unconfined; the baseline profile forbids it`, hint: `set ${fieldPath} to RuntimeDefault` });
  }
});
