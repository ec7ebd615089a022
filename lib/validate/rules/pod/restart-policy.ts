import type { PodRule } from '../../rule';
import type { RuleContext } from '../../rule';
import { arrayAt, child, has, recordAt, recordsAt, stringAt } from './access';
import { describeContainer, NATIVE_SIDECAR_MINOR, type PodContainer, siteContainers, specRecord } from './pod-containers';

const POD_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
/**
 * First minor version where ContainerRestartRules is on by default (beta): every container
 * may set `restartPolicy` (Always, OnFailure or Never) and `restartPolicyRules`. The field
 * `restartPolicyRules` is in the API from 1.34, where the gate is off and the server drops it.
 */
export const CONTAINER_RESTART_RULES_MINOR = 35;
/** First minor version with `restartPolicyRules` in the API. */
const RESTART_RULES_FIELD_MINOR = 34;
/** At most this many rules per container. */
const MAX_RESTART_RULES = 20;
/**
 * First minor version where RestartAllContainersOnContainerExits is on by default (beta):
 * the action `RestartAllContainers`, and restart rules on native sidecars.
 */
const RESTART_ALL_CONTAINERS_MINOR = 36;
/** At most this many exit codes per rule. */
const MAX_EXIT_CODES = 255;
const EXIT_CODE_OPERATORS = ['In', 'NotIn'];

/**
 * Restart policies. The pod's `restartPolicy` is `Always`, `OnFailure` or `Never` (empty
 * means the default, `Always`); follows `validateRestartPolicy`. Before 1.35 a container's
 * own `restartPolicy` is only for init containers, and only `Always` (a native sidecar);
 * follows `validateInitContainerRestartPolicy` and `validateContainers`. On 1.28 the
 * SidecarContainers feature gate is off by default and the API server silently drops the
 * field, which is reported as a warning; on 1.34 `restartPolicyRules` is dropped likewise
 * (ContainerRestartRules off). From 1.35 (ContainerRestartRules on by default) any
 * container may set `restartPolicy` Always, OnFailure or Never, and `restartPolicyRules`
 * next to it (follows `validateContainerRestartPolicy`): at most 20 rules, each with an
 * action (`Restart`; from 1.36 also `RestartAllContainers`) and `exitCodes` with the
 * operator In or NotIn and at most 255 values; on 1.35 not on a native sidecar. Workload
 * limits (a Job may not use `Always`) belong to the workload rules.
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
      if (ctx.minor >= CONTAINER_RESTART_RULES_MINOR) checkRestartRules(container, ctx);
      else checkLegacyPolicy(container, ctx);
    }
  },
};

/** Before 1.35: a container `restartPolicy` only on init containers, only `Always`. */
function checkLegacyPolicy(container: PodContainer, ctx: RuleContext): void {
  if (ctx.minor >= RESTART_RULES_FIELD_MINOR && (arrayAt(container.value, 'restartPolicyRules')?.length ?? 0) > 0) {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath: child(container.path, 'restartPolicyRules'),
      severity: 'warning',
      message: `${describeContainer(container)} sets restartPolicyRules, which Kubernetes 1.${ctx.minor} drops (ContainerRestartRules is off by default before 1.35)`,
      hint: 'target Kubernetes 1.35 or later for container restart rules, or remove them',
    });
  }
  // A policy of another type is the schema layer's; null is absent.
  const policy = stringAt(container.value, 'restartPolicy');
  if (policy === undefined) return;
  const fieldPath = child(container.path, 'restartPolicy');
  if (container.kind === 'containers') {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath,
      message: `${describeContainer(container)} sets restartPolicy "${policy}", which only init containers may set before Kubernetes 1.35`,
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
      message: `restartPolicy "${policy}" of ${describeContainer(container)} is not supported before Kubernetes 1.35`,
      hint: 'the only value for an init container is Always (a native sidecar); remove it for a run-to-completion init container',
    });
  }
}

/**
 * From 1.35 (ContainerRestartRules): `restartPolicy` Always, OnFailure or Never on any
 * container; `restartPolicyRules` need the container's `restartPolicy`, at most 20 rules,
 * each with the action `Restart` (from 1.36 also `RestartAllContainers`) and `exitCodes`
 * (operator In or NotIn, at most 255 values); on 1.35 none on a native sidecar.
 */
function checkRestartRules(container: PodContainer, ctx: RuleContext): void {
  const policy = stringAt(container.value, 'restartPolicy');
  if (policy !== undefined && !POD_RESTART_POLICIES.includes(policy)) {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath: child(container.path, 'restartPolicy'),
      message: `restartPolicy "${policy}" of ${describeContainer(container)} is not supported`,
      hint: 'use Always, OnFailure or Never (Always on an init container makes it a native sidecar)',
    });
  }
  const rules = arrayAt(container.value, 'restartPolicyRules');
  if (rules === undefined || rules.length === 0) return;
  const rulesPath = child(container.path, 'restartPolicyRules');
  const restartAll = ctx.minor >= RESTART_ALL_CONTAINERS_MINOR;
  if (container.kind === 'initContainers' && policy === 'Always' && !restartAll) {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath: rulesPath,
      message: `${describeContainer(container)} is a native sidecar (restartPolicy: Always) and sets restartPolicyRules, which sidecars may not set before Kubernetes 1.36`,
      hint: 'remove restartPolicyRules: a sidecar is always restarted',
    });
  }
  if (!has(container.value, 'restartPolicy') || container.value.restartPolicy === null) {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath: child(container.path, 'restartPolicy'),
      message: `${describeContainer(container)} sets restartPolicyRules without a restartPolicy`,
      hint: 'set the container\'s restartPolicy (e.g. Never) next to its restartPolicyRules',
    });
  }
  if (rules.length > MAX_RESTART_RULES) {
    ctx.report({
      ruleId: 'container/restart-policy',
      fieldPath: rulesPath,
      message: `${describeContainer(container)} has ${rules.length} restartPolicyRules; at most ${MAX_RESTART_RULES} are allowed`,
      hint: 'merge rules with the same action into one rule with more exit codes',
    });
  }
  for (const { index, value: rule } of recordsAt(container.value, 'restartPolicyRules')) {
    const rulePath = `${rulesPath}[${index}]`;
    const action = stringAt(rule, 'action');
    if (action !== undefined && action !== 'Restart' && !(restartAll && action === 'RestartAllContainers')) {
      ctx.report({
        ruleId: 'container/restart-policy',
        fieldPath: child(rulePath, 'action'),
        message: action === '' ? 'a restart rule has no action' : `restart rule action "${action}" is not supported`,
        hint: restartAll ? 'use the action Restart or RestartAllContainers' : 'use the action Restart',
      });
    }
    const exitCodes = recordAt(rule, 'exitCodes');
    if (exitCodes === undefined) {
      ctx.report({
        ruleId: 'container/restart-policy',
        fieldPath: child(rulePath, 'exitCodes'),
        message: 'a restart rule has no exitCodes',
        hint: 'add exitCodes with an operator (In or NotIn) and the exit codes, e.g. values: [42]',
      });
      continue;
    }
    const operator = stringAt(exitCodes, 'operator');
    if (operator !== undefined && !EXIT_CODE_OPERATORS.includes(operator)) {
      ctx.report({
        ruleId: 'container/restart-policy',
        fieldPath: child(child(rulePath, 'exitCodes'), 'operator'),
        message: operator === '' ? 'exitCodes has no operator' : `exitCodes operator "${operator}" is not supported`,
        hint: 'use In or NotIn',
      });
    }
    const values = arrayAt(exitCodes, 'values');
    if (values !== undefined && values.length > MAX_EXIT_CODES) {
      ctx.report({
        ruleId: 'container/restart-policy',
        fieldPath: child(child(rulePath, 'exitCodes'), 'values'),
        message: `exitCodes has ${values.length} values; at most ${MAX_EXIT_CODES} are allowed`,
        hint: 'use NotIn with the few codes that should not restart the container',
      });
    }
  }
}
