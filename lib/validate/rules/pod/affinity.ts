import { labelValueProblem, qualifiedNameProblem } from '../../primitives/fast-names';
import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, asRecord, child, intAt, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { checkLabelSelector } from './label-checks';
import { specRecord } from './pod-containers';

const NODE_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'];
const RULE = 'scheduling/affinity';
/**
 * First minor version where matchLabelKeys and mismatchLabelKeys of pod affinity terms are
 * on by default (MatchLabelKeysInPodAffinity beta); on 1.29 and 1.30 the server drops them.
 */
const MATCH_LABEL_KEYS_MINOR = 31;

/**
 * Node affinity, pod affinity and pod anti-affinity. Follows `validateAffinity`,
 * `ValidateNodeSelector`, `ValidateNodeSelectorRequirement`,
 * `ValidateNodeFieldSelectorRequirement`, `ValidatePreferredSchedulingTerms` and
 * `validatePodAffinityTerm`: required node terms not empty, operators with the right
 * number of values, label keys and (for required terms) values valid, `matchFields` only on
 * `metadata.name`, weights 1-100, pod terms with valid selectors, namespaces and a
 * `topologyKey`; from 1.31 (before, the server drops them) matchLabelKeys and
 * mismatchLabelKeys only with a labelSelector, valid label keys, no key in both lists and
 * no matchLabelKeys key already in the selector (`validateMatchLabelKeysAndMismatchLabelKeys`).
 */
export const affinity: PodRule = {
  id: RULE,
  check(site, ctx) {
    const root = recordAt(specRecord(site.spec), 'affinity');
    if (root === undefined) return;
    const path = child(site.specPath, 'affinity');
    // A Pod's labels are merged into its terms' selectors before validation; a template's are not.
    const podLabels = site.isTemplate ? undefined : recordAt(asRecord(site.metadata), 'labels');
    const node = recordAt(root, 'nodeAffinity');
    if (node !== undefined) checkNodeAffinity(node, child(path, 'nodeAffinity'), ctx);
    for (const kind of ['podAffinity', 'podAntiAffinity']) {
      const pod = recordAt(root, kind);
      if (pod === undefined) continue;
      const podPath = child(path, kind);
      for (const { index, value: term } of recordsAt(pod, 'requiredDuringSchedulingIgnoredDuringExecution')) {
        checkPodTerm(term, `${child(podPath, 'requiredDuringSchedulingIgnoredDuringExecution')}[${index}]`, ctx.minor, podLabels, ctx);
      }
      for (const { index, value: weighted } of recordsAt(pod, 'preferredDuringSchedulingIgnoredDuringExecution')) {
        const weightedPath = `${child(podPath, 'preferredDuringSchedulingIgnoredDuringExecution')}[${index}]`;
        checkWeight(weighted, weightedPath, ctx);
        const term = recordAt(weighted, 'podAffinityTerm');
        if (term !== undefined) checkPodTerm(term, child(weightedPath, 'podAffinityTerm'), ctx.minor, podLabels, ctx);
      }
    }
  },
};

function checkWeight(record: JsonRecord, path: string, ctx: RuleContext): void {
  const weight = intAt(record, 'weight');
  if (weight !== undefined && (weight < 1 || weight > 100)) {
    ctx.report({ ruleId: RULE, fieldPath: child(path, 'weight'), message: `weight ${weight} must be in the range 1-100`, hint: 'use a weight from 1 to 100' });
  }
}

function checkNodeAffinity(node: JsonRecord, path: string, ctx: RuleContext): void {
  const required = recordAt(node, 'requiredDuringSchedulingIgnoredDuringExecution');
  if (required !== undefined) {
    const termsPath = child(child(path, 'requiredDuringSchedulingIgnoredDuringExecution'), 'nodeSelectorTerms');
    const terms = arrayAt(required, 'nodeSelectorTerms');
    if (terms !== undefined && terms.length === 0) {
      ctx.report({ ruleId: RULE, fieldPath: termsPath, message: 'a required node affinity needs at least one node selector term', hint: 'add a term with matchExpressions, or remove the required affinity' });
    }
    for (const { index, value: term } of recordsAt(required, 'nodeSelectorTerms')) checkNodeTerm(term, `${termsPath}[${index}]`, true, ctx);
  }
  for (const { index, value: preferred } of recordsAt(node, 'preferredDuringSchedulingIgnoredDuringExecution')) {
    const preferredPath = `${child(path, 'preferredDuringSchedulingIgnoredDuringExecution')}[${index}]`;
    checkWeight(preferred, preferredPath, ctx);
    const term = recordAt(preferred, 'preference');
    if (term !== undefined) checkNodeTerm(term, child(preferredPath, 'preference'), false, ctx);
  }
}

function checkNodeTerm(term: JsonRecord, path: string, checkValues: boolean, ctx: RuleContext): void {
  for (const { index, value: requirement } of recordsAt(term, 'matchExpressions')) {
    const reqPath = `${child(path, 'matchExpressions')}[${index}]`;
    const operator = stringAt(requirement, 'operator');
    const values = arrayAt(requirement, 'values') ?? [];
    if (operator !== undefined) {
      if (!NODE_OPERATORS.includes(operator)) {
        ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'operator'), message: `operator "${operator}" is not a valid node selector operator`, hint: 'use In, NotIn, Exists, DoesNotExist, Gt or Lt' });
      } else if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
        ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'values'), message: `operator ${operator} needs at least one value`, hint: 'list the values to match' });
      } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
        ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'values'), message: `operator ${operator} takes no values`, hint: 'remove values' });
      } else if ((operator === 'Gt' || operator === 'Lt') && values.length !== 1) {
        ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'values'), message: `operator ${operator} needs exactly one value`, hint: 'give a single number' });
      }
    }
    const name = stringAt(requirement, 'key');
    if (name !== undefined) {
      const problem = qualifiedNameProblem(name);
      if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'key'), message: `key "${name}" ${problem}`, hint: "use a node label key such as 'kubernetes.io/arch'" });
    }
    if (!checkValues) continue;
    values.forEach((value, i) => {
      if (typeof value !== 'string') return;
      const problem = labelValueProblem(value);
      if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: `${child(reqPath, 'values')}[${i}]`, message: `value "${value}" ${problem}`, hint: 'use a valid label value' });
    });
  }
  for (const { index, value: requirement } of recordsAt(term, 'matchFields')) {
    const reqPath = `${child(path, 'matchFields')}[${index}]`;
    const operator = stringAt(requirement, 'operator');
    const values = arrayAt(requirement, 'values') ?? [];
    if (operator !== undefined && operator !== 'In' && operator !== 'NotIn') {
      ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'operator'), message: `operator "${operator}" is not valid for a node field selector`, hint: 'use In or NotIn' });
    } else if (operator !== undefined && values.length !== 1) {
      ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'values'), message: `a node field selector needs exactly one value with ${operator}`, hint: 'give a single node name' });
    }
    const name = stringAt(requirement, 'key');
    if (name !== undefined && name !== 'metadata.name') {
      ctx.report({ ruleId: RULE, fieldPath: child(reqPath, 'key'), message: `"${name}" is not a valid field selector key`, hint: 'matchFields only supports metadata.name' });
    } else {
      values.forEach((value, i) => {
        if (typeof value !== 'string') return;
        const problem = checkDns1123Subdomain(value);
        if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: `${child(reqPath, 'values')}[${i}]`, message: `node name "${value}" ${problem}`, hint: 'use a node name' });
      });
    }
  }
}

function checkPodTerm(term: JsonRecord, path: string, minor: number, podLabels: JsonRecord | undefined, ctx: RuleContext): void {
  checkLabelSelector(recordAt(term, 'labelSelector'), child(path, 'labelSelector'), RULE, ctx);
  checkLabelSelector(recordAt(term, 'namespaceSelector'), child(path, 'namespaceSelector'), RULE, ctx);
  for (const namespace of arrayAt(term, 'namespaces') ?? []) {
    if (typeof namespace !== 'string') continue;
    const problem = checkDns1123Label(namespace);
    if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(path, 'namespace'), message: `namespace "${namespace}" ${problem}`, hint: 'use a namespace name' });
  }
  const topologyKey = stringAt(term, 'topologyKey');
  if (topologyKey === '') {
    ctx.report({ ruleId: RULE, fieldPath: child(path, 'topologyKey'), message: 'the pod affinity term has an empty topologyKey', hint: "set topologyKey, e.g. 'kubernetes.io/hostname' or 'topology.kubernetes.io/zone'" });
  } else if (topologyKey !== undefined) {
    const problem = qualifiedNameProblem(topologyKey);
    if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(path, 'topologyKey'), message: `topologyKey "${topologyKey}" ${problem}`, hint: "use a node label key such as 'kubernetes.io/hostname'" });
  }
  if (minor < MATCH_LABEL_KEYS_MINOR) return;
  const selector = recordAt(term, 'labelSelector');
  for (const field of ['matchLabelKeys', 'mismatchLabelKeys']) {
    const keys = arrayAt(term, field);
    if (keys === undefined || keys.length === 0) continue;
    if (selector === undefined) {
      ctx.report({ ruleId: RULE, fieldPath: child(path, field), message: `${field} needs a labelSelector`, hint: 'add a labelSelector, or remove the keys' });
      continue;
    }
    keys.forEach((k, i) => {
      if (typeof k !== 'string') return;
      const problem = qualifiedNameProblem(k);
      if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: `${child(path, field)}[${i}]`, message: `label key "${k}" ${problem}`, hint: 'use a label key' });
    });
  }
  const matchKeys = stringsAt(term, 'matchLabelKeys');
  const mismatchKeys = stringsAt(term, 'mismatchLabelKeys');
  if (selector !== undefined && matchKeys.length > 0) checkKeysInSelector(selector, matchKeys, mismatchKeys, podLabels, path, ctx);
  const mismatchSet = new Set(mismatchKeys);
  matchKeys.forEach((k, i) => {
    if (mismatchSet.has(k)) ctx.report({ ruleId: RULE, fieldPath: `${child(path, 'matchLabelKeys')}[${i}]`, message: `label key "${k}" is in both matchLabelKeys and mismatchLabelKeys`, hint: 'keep the key in one of the lists' });
  });
}

/** The strings of a list field, other entries left out. */
function stringsAt(record: JsonRecord, field: string): string[] {
  return (arrayAt(record, field) ?? []).filter((k): k is string => typeof k === 'string');
}

/**
 * A matchLabelKeys key that the labelSelector already selects on
 * (`validateMatchLabelKeysAndMismatchLabelKeys`). The check runs on the selector after the
 * pod strategy merged the keys into it (`applyMatchLabelKeysAndMismatchLabelKeys`, Pods
 * only): each matchLabelKeys key, then each mismatchLabelKeys key, found among the Pod's
 * labels is appended as a match expression. A key is reported when one of its match
 * expressions comes after matchLabels or an earlier expression with that key; so on a
 * template only a key written twice in the selector is, and on a Pod with that label
 * also a key written once.
 */
function checkKeysInSelector(selector: JsonRecord, matchKeys: readonly string[], mismatchKeys: readonly string[], podLabels: JsonRecord | undefined, path: string, ctx: RuleContext): void {
  const position = new Map<string, number>();
  matchKeys.forEach((k, i) => position.set(k, i));
  const seen = new Set(Object.keys(recordAt(selector, 'matchLabels') ?? {}));
  const expressionKeys = recordsAt(selector, 'matchExpressions').map(({ value }) => stringAt(value, 'key') ?? '');
  if (podLabels !== undefined) {
    for (const k of [...matchKeys, ...mismatchKeys]) if (stringAt(podLabels, k) !== undefined) expressionKeys.push(k);
  }
  for (const k of expressionKeys) {
    const i = position.get(k);
    if (i !== undefined && seen.has(k)) {
      ctx.report({ ruleId: RULE, fieldPath: `${child(path, 'matchLabelKeys')}[${i}]`, message: `label key "${k}" is in both matchLabelKeys and the labelSelector`, hint: podLabels === undefined ? 'remove the key from the labelSelector: matchLabelKeys adds it' : 'remove the key from the labelSelector: matchLabelKeys adds it with the value of the pod\'s label' });
    }
    seen.add(k);
  }
}
