import type { ObjectRule } from '../validate/rule';

/**
 * A kubelet reads Pods only from its staticPodPath (`v1/Pod`, or a `v1/PodList` of them):
 * any other object written there is refused. For objects meant for a staticPodPath.
 */
export const staticPodKind: ObjectRule = {
  id: 'static-pod/kind',
  check(object, ctx) {
    if (object.apiVersion === 'v1' && object.kind === 'Pod') return;
    ctx.report({
      fieldPath: 'kind',
      message: `a kubelet's staticPodPath holds Pods only, not ${String(object.apiVersion)}/${String(object.kind)}`,
      hint: 'move the object to a regular chart, or make it a Pod',
    });
  },
};
