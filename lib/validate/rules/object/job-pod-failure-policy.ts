/**
 * `job/pod-failure-policy`: at most 20 rules, each with a known action (FailIndex only
 * with backoffLimitPerIndex) and exactly one of onExitCodes (operator In or NotIn, 1 to
 * 255 distinct values in ascending order, no 0 for In, a containerName of the
 * template) and onPodConditions (at most 20 patterns with a qualified type and a status
 * True, False or Unknown); the pod template must use restartPolicy Never. A missing
 * action, operator or values is left to the schema layer (required fields); an empty
 * action or operator is reported here. Kubernetes 1.28 drops FailIndex rules (its
 * JobBackoffLimitPerIndex gate is off), so they are not checked there.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getObject, getString, isObject, isSet } from '../../primitives/access';
import { checkQualifiedName } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';
import { BACKOFF_LIMIT_PER_INDEX_SINCE } from './job-completion-mode';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_PATTERNS = 20;
const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const STATUSES = ['False', 'True', 'Unknown'];

function containerNames(spec: Record<string, unknown>): Set<string> {
  const podSpec = getObject(getObject(spec, 'template'), 'spec');
  const names = new Set<string>();
  for (const list of ['containers', 'initContainers']) {
    for (const container of getArray(podSpec, list) ?? []) {
      const name = getString(container, 'name');
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

function checkExitCodes(requirement: Record<string, unknown>, path: string, names: Set<string>, ctx: RuleContext): void {
  const operator = getString(requirement, 'operator');
  if (operator === '') {
    ctx.report({ fieldPath: childPath(path, 'operator'), message: 'onExitCodes needs an operator', hint: 'set operator to In or NotIn' });
  } else if (operator !== undefined && operator !== 'In' && operator !== 'NotIn') {
    ctx.report({ fieldPath: childPath(path, 'operator'), message: `${JSON.stringify(operator)} is not an exit code operator`, hint: 'use In or NotIn' });
  }
  const containerName = getString(requirement, 'containerName');
  if (containerName !== undefined && !names.has(containerName)) {
    ctx.report({ fieldPath: childPath(path, 'containerName'), message: `${JSON.stringify(containerName)} is not a container or init container of the pod template`, hint: `use one of: ${[...names].join(', ') || '(none)'}` });
  }
  const values = getArray(requirement, 'values');
  if (values === undefined) return;
  const valuesPath = childPath(path, 'values');
  if (values.length === 0) ctx.report({ fieldPath: valuesPath, message: 'onExitCodes needs at least one value', hint: 'list the exit codes, e.g. [42]' });
  else if (values.length > MAX_EXIT_CODES) ctx.report({ fieldPath: valuesPath, message: `onExitCodes has ${values.length} values; at most ${MAX_EXIT_CODES} are allowed`, hint: 'use NotIn with the complement, or fewer codes' });
  const seen = new Set<number>();
  let ordered = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number') continue;
    if (operator === 'In' && value === 0) ctx.report({ fieldPath: indexPath(valuesPath, i), message: 'exit code 0 (success) may not be listed for operator In', hint: 'remove 0' });
    if (seen.has(value)) ctx.report({ fieldPath: indexPath(valuesPath, i), message: `exit code ${value} is listed twice`, hint: 'remove the duplicate' });
    seen.add(value);
    const previous = values[i - 1];
    if (i > 0 && typeof previous === 'number' && previous > value) ordered = false;
  }
  if (!ordered) ctx.report({ fieldPath: valuesPath, message: 'exit codes must be listed in ascending order', hint: 'sort the values' });
}

function checkPodConditions(patterns: readonly unknown[], path: string, ctx: RuleContext): void {
  if (patterns.length > MAX_PATTERNS) ctx.report({ fieldPath: path, message: `onPodConditions has ${patterns.length} patterns; at most ${MAX_PATTERNS} are allowed`, hint: 'use fewer patterns' });
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i];
    const at = indexPath(path, i);
    const type = getString(pattern, 'type');
    const problem = type === undefined ? undefined : checkQualifiedName(type);
    if (problem !== undefined) ctx.report({ fieldPath: childPath(at, 'type'), message: `condition type ${JSON.stringify(type)} is invalid: ${problem}`, hint: "use a condition type such as 'DisruptionTarget'" });
    const status = getString(pattern, 'status');
    if (status !== undefined && !STATUSES.includes(status)) ctx.report({ fieldPath: childPath(at, 'status'), message: `${JSON.stringify(status)} is not a condition status`, hint: 'use True, False or Unknown' });
  }
}

/** Follows batch validatePodFailurePolicy, validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes, validatePodFailurePolicyRuleOnPodConditions and the restartPolicy check of validateJobSpec. */
export const jobPodFailurePolicy: ObjectRule = {
  id: 'job/pod-failure-policy',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    const site = jobSpecOf(object, kindOf(object));
    const policy = getObject(site?.spec, 'podFailurePolicy');
    if (site === undefined || policy === undefined) return;
    const base = childPath(site.path, 'podFailurePolicy');
    const written = getArray(policy, 'rules') ?? [];
    // Without JobBackoffLimitPerIndex (1.28) the Job strategy drops FailIndex rules before validation; the others move up.
    const rules = ctx.minor >= BACKOFF_LIMIT_PER_INDEX_SINCE ? written : written.filter((rule) => getString(rule, 'action') !== 'FailIndex');
    if (rules.length > MAX_RULES) ctx.report({ fieldPath: childPath(base, 'rules'), message: `podFailurePolicy has ${rules.length} rules; at most ${MAX_RULES} are allowed`, hint: 'merge rules' });
    const names = containerNames(site.spec);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (!isObject(rule)) continue;
      const path = indexPath(childPath(base, 'rules'), i);
      const action = getString(rule, 'action');
      if (action === '') {
        ctx.report({ fieldPath: childPath(path, 'action'), message: 'a pod failure policy rule needs an action', hint: `use one of ${ACTIONS.join(', ')}` });
      } else if (action === 'FailIndex') {
        if (!isSet(site.spec, 'backoffLimitPerIndex')) ctx.report({ fieldPath: childPath(path, 'action'), message: 'action FailIndex requires backoffLimitPerIndex', hint: 'set spec.backoffLimitPerIndex (and completionMode: Indexed), or use FailJob' });
      } else if (action !== undefined && !ACTIONS.includes(action)) {
        ctx.report({ fieldPath: childPath(path, 'action'), message: `${JSON.stringify(action)} is not a pod failure policy action`, hint: `use one of ${ACTIONS.join(', ')}` });
      }
      const exitCodes = getObject(rule, 'onExitCodes');
      const conditions = getArray(rule, 'onPodConditions') ?? [];
      if (exitCodes !== undefined) checkExitCodes(exitCodes, childPath(path, 'onExitCodes'), names, ctx);
      if (conditions.length > 0) checkPodConditions(conditions, childPath(path, 'onPodConditions'), ctx);
      if (exitCodes !== undefined && conditions.length > 0) ctx.report({ fieldPath: path, message: 'a rule may set onExitCodes or onPodConditions, not both', hint: 'split it into two rules' });
      if (exitCodes === undefined && conditions.length === 0) ctx.report({ fieldPath: path, message: 'a rule needs onExitCodes or onPodConditions', hint: 'say which failures the rule applies to' });
    }
    const restartPolicy = getString(getObject(getObject(site.spec, 'template'), 'spec'), 'restartPolicy');
    if (restartPolicy === 'OnFailure') {
      ctx.report({
        fieldPath: childPath(site.path, 'template.spec.restartPolicy'),
        message: 'restartPolicy must be Never when a podFailurePolicy is set',
        hint: 'set restartPolicy: Never (the policy reads the exit codes of failed pods)',
      });
    }
  },
};
