import type { PodRule } from '../../rule';
import { child, has, intAt, presentKeys, recordAt } from './access';
import { droppedField } from './dropped-field';
import { describeContainer, siteContainers, specRecord } from './pod-containers';
import { checkHandlerBody } from './probes';

const HOOKS = ['postStart', 'preStop'] as const;
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
/** Pod grace period when none is set. */
const DEFAULT_GRACE_SECONDS = 30;
/** First minor version where the `sleep` hook is on by default. */
const SLEEP_MINOR = 30;
/** First minor version where `sleep.seconds` may be 0. */
const SLEEP_ZERO_MINOR = 33;

/**
 * Lifecycle hooks (`postStart`, `preStop`). Follows `validateLifecycle`,
 * `validateHandler` and `validateSleepAction`: init containers may only have hooks as
 * native sidecars; each hook has exactly one of `exec`, `httpGet`, `tcpSocket` or
 * `sleep`; `sleep.seconds` is positive (0 allowed from 1.33) and at most the pod's
 * `terminationGracePeriodSeconds` (default 30). `sleep` is on by default from 1.30; on 1.29
 * the server drops it, so a hook with only `sleep` has no handler, and `sleep` beside
 * another handler is a warning. `stopSignal` (ContainerStopSignals, alpha) is dropped by
 * the server: a warning.
 */
export const lifecycle: PodRule = {
  id: 'probe/lifecycle',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const containers = siteContainers(site, ctx.minor).withInit;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const hooks = recordAt(container.value, 'lifecycle');
      if (hooks === undefined) continue;
      const grace = has(spec, 'terminationGracePeriodSeconds') ? intAt(spec, 'terminationGracePeriodSeconds') : DEFAULT_GRACE_SECONDS;
      const lifecyclePath = child(container.path, 'lifecycle');
      if (container.kind === 'initContainers' && !container.sidecar) {
        ctx.report({
          ruleId: 'probe/init-container',
          fieldPath: lifecyclePath,
          message: `${describeContainer(container)} has lifecycle hooks, but init containers run to completion`,
          hint: 'remove lifecycle, or make the init container a native sidecar with restartPolicy: Always (Kubernetes 1.29+)',
        });
        continue;
      }
      if (has(hooks, 'stopSignal')) {
        // ContainerStopSignals is alpha (off by default) in every covered version from 1.33,
        // the first with the field: the server drops it.
        ctx.report(droppedField('stopSignal is', ctx.minor, 'ContainerStopSignals', child(lifecyclePath, 'stopSignal'), "remove stopSignal, or handle SIGTERM (or the image's STOPSIGNAL) in the process", 'probe/stop-signal'));
      }
      for (const hook of HOOKS) {
        const handler = recordAt(hooks, hook);
        if (handler === undefined) continue;
        const hookPath = child(lifecyclePath, hook);
        let present = presentKeys(handler, HOOK_HANDLERS);
        if (ctx.minor === SLEEP_MINOR - 1 && present.length > 1 && present.includes('sleep')) {
          // On 1.29 the server drops `sleep` (PodLifecycleSleepAction off): the other handler stays.
          ctx.report({ ruleId: 'probe/sleep', severity: 'warning', fieldPath: child(hookPath, 'sleep'), message: `the sleep hook is off by default in Kubernetes 1.${ctx.minor}; the API server drops it`, hint: 'target Kubernetes 1.30 or later, or remove sleep' });
          present = present.filter((kind) => kind !== 'sleep');
        }
        if (present.length === 0) {
          ctx.report({ ruleId: 'probe/handler', fieldPath: hookPath, message: `the ${hook} hook has no handler`, hint: 'set exactly one of exec, httpGet, tcpSocket or sleep' });
          continue;
        }
        for (let i = 1; i < present.length; i++) {
          const extra = present[i];
          ctx.report({ ruleId: 'probe/handler', fieldPath: child(hookPath, extra), message: `the ${hook} hook sets ${present[0]} and ${extra}, but may only have one handler`, hint: `keep one handler; remove ${extra}` });
        }
        const kind = present[0];
        const body = recordAt(handler, kind);
        if (body === undefined) continue;
        const bodyPath = child(hookPath, kind);
        if (kind !== 'sleep') {
          checkHandlerBody(kind, body, bodyPath, ctx, container.value);
          continue;
        }
        if (ctx.minor < SLEEP_MINOR) {
          // Before 1.29 the field does not exist: the schema layer reports it.
          if (ctx.minor < SLEEP_MINOR - 1) continue;
          ctx.report({ ruleId: 'probe/sleep', fieldPath: bodyPath, message: `the sleep hook is off by default in Kubernetes 1.${ctx.minor}`, hint: 'target Kubernetes 1.30 or later, or use exec with a sleep command' });
          continue;
        }
        const seconds = intAt(body, 'seconds');
        if (seconds === undefined || grace === undefined) continue;
        const minimum = ctx.minor >= SLEEP_ZERO_MINOR ? 0 : 1;
        if (seconds < minimum || seconds > grace) {
          ctx.report({
            ruleId: 'probe/sleep',
            fieldPath: bodyPath,
            message: `sleep seconds ${seconds} must be ${minimum === 0 ? 'non-negative' : 'greater than 0'} and at most terminationGracePeriodSeconds (${grace})`,
            hint: 'shorten the sleep or raise the pod\'s terminationGracePeriodSeconds',
          });
        }
      }
    }
  },
};
