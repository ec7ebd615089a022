import type { PodRule } from '../../rule';
import { child, stringAt } from './access';
import { describeContainer, NATIVE_SIDECAR_MINOR, siteContainers, specRecord } from './pod-containers';

const POD_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

/**
 * Restart policies. The pod's `restartPolicy` is `Always`, `OnFailure` or `Never` (empty
 * means the default, `Always`); follows `validateRestartPolicy`. A container's own
 * `restartPolicy` is only for init containers, and only `Always` (a native sidecar);
 * follows `validateInitContainerRestartPolicy` and `validateContainers`. On 1.28 the
 * SidecarContainers feature gate is off by default and the API server silently drops the
 * field, which is reported as a warning. Workload limits (a Job may not use `Always`)
 * belong to the workload rules.
 */
export const restartPolicy: PodRule = {
  id: 'pod/restart-policy',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    const podPolicy = stringAt(spec, 'restartPolicy');
    if (podPolicy !== undefined && podPolicy !== '' && !POD_RESTART_POLICIES.includes(podPolicy)) {
      ctx.report({
        fieldPath: child(site.specPath, 'restartPolicy'),
        message: `restartPolicy "${podPolicy}" is not supported`,
        hint: 'use Always, OnFailure or Never',
      });
    }
    const containers = siteContainers(site, ctx.minor).withInit;
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      // A policy of another type is the schema layer's; null is absent.
      const policy = stringAt(container.value, 'restartPolicy');
      if (policy === undefined) continue;
      const fieldPath = child(container.path, 'restartPolicy');
      if (container.kind === 'containers') {
        ctx.report({
          ruleId: 'container/restart-policy',
          fieldPath,
          message: `${describeContainer(container)} sets restartPolicy "${policy}", which only init containers may set`,
          hint: 'remove restartPolicy from the container, or make it an init container with restartPolicy: Always (a native sidecar)',
        });
      } else if (ctx.minor < NATIVE_SIDECAR_MINOR) {
        ctx.report({
          ruleId: 'container/restart-policy',
          fieldPath,
          severity: 'warning',
          message: `${describeContainer(container)} sets restartPolicy "${policy}", which Kubernetes 1.${ctx.minor} drops (native sidecars are off by default before 1.29)`,
          hint: 'target Kubernetes 1.29 or later for native sidecars, or run the helper as a regular container',
        });
      } else if (policy !== 'Always') {
        ctx.report({
          ruleId: 'container/restart-policy',
          fieldPath,
          message: `restartPolicy "${policy}" of ${describeContainer(container)} is not supported`,
          hint: 'the only value for an init container is Always (a native sidecar); remove it for a run-to-completion init container',
        });
      }
    }
  },
};
