import type { PodRule, RuleContext } from '../../rule';
import { asRecord, child, key, recordAt, stringAt } from './access';
import { checkLocalDescendingPath } from './paths';
import { siteContainers, specRecord } from './pod-containers';
import { checkTolerations, type TolerationEntry } from './tolerations';

const RULE = 'pod/annotations';
const MIRROR = 'kubernetes.io/config.mirror';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';
const TOLERATIONS = 'scheduler.alpha.kubernetes.io/tolerations';
const TOLERATION_STRING_FIELDS = ['key', 'operator', 'value', 'effect'];
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const SECCOMP_NAMED = ['runtime/default', 'docker/default', 'unconfined'];
const APPARMOR_NAMED = ['', 'runtime/default', 'unconfined'];
const INT32_TEXT = /^(?:0|[1-9][0-9]*|-[0-9]+)$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** True for a deletion cost the server reads (`GetDeletionCostFromPodAnnotations`): a decimal int32, without `+` or leading zeros unless negative. */
function isDeletionCost(value: string): boolean {
  if (!INT32_TEXT.test(value)) return false;
  const number = Number(value);
  return number >= INT32_MIN && number <= INT32_MAX;
}

/** What is wrong with a seccomp profile annotation value (`ValidateSeccompProfile`), or `undefined`. */
function seccompProblem(value: string): string | undefined {
  if (SECCOMP_NAMED.includes(value)) return undefined;
  if (value.startsWith('localhost/')) return checkLocalDescendingPath(value.slice('localhost/'.length));
  return `"${value}" is not a seccomp profile (runtime/default, docker/default, unconfined or localhost/<path>)`;
}

/**
 * The tolerations of the `scheduler.alpha.kubernetes.io/tolerations` annotation as the
 * server decodes them (`GetTolerationsFromPodAnnotations`: Go's `json.Unmarshal` into a
 * list of tolerations, field names matched without regard to case, unknown fields
 * ignored, `null` for an empty list or a zero toleration), or why they cannot be decoded.
 */
function decodeTolerations(text: string): { entries: TolerationEntry[] } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  if (parsed === null) return { entries: [] };
  if (!Array.isArray(parsed)) return { problem: 'is not a JSON list of tolerations' };
  const entries: TolerationEntry[] = [];
  for (let index = 0; index < parsed.length; index++) {
    const item: unknown = parsed[index];
    if (item === null) {
      entries.push({ index, value: {} });
      continue;
    }
    if (typeof item !== 'object' || Array.isArray(item)) return { problem: `has an entry ${index} that is not a toleration object` };
    const value: Record<string, unknown> = {};
    for (const [field, fieldValue] of Object.entries(item as Record<string, unknown>)) {
      const name = [...TOLERATION_STRING_FIELDS, 'tolerationSeconds'].find((f) => f.toLowerCase() === field.toLowerCase());
      if (name === undefined) continue;
      if (fieldValue === null) {
        delete value[name];
      } else if (name === 'tolerationSeconds' ? !Number.isSafeInteger(fieldValue) : typeof fieldValue !== 'string') {
        return { problem: `has a ${name} of the wrong type in entry ${index}` };
      } else {
        value[name] = fieldValue;
      }
    }
    entries.push({ index, value });
  }
  return { entries };
}

function checkAppArmor(name: string, value: string, containerNames: Set<string>, path: string, ctx: RuleContext): void {
  const container = name.slice(APPARMOR_CONTAINER_PREFIX.length);
  if (!containerNames.has(container)) ctx.report({ ruleId: RULE, fieldPath: path, message: `the AppArmor annotation names container "${container}", which the pod does not have`, hint: 'use the name of one of the containers, or set securityContext.appArmorProfile' });
  if (!APPARMOR_NAMED.includes(value) && !value.startsWith('localhost/')) {
    ctx.report({ ruleId: RULE, fieldPath: path, message: `"${value}" is not an AppArmor profile (runtime/default, unconfined or localhost/<name>)`, hint: 'or set securityContext.appArmorProfile' });
  }
}

/**
 * Annotations with a meaning for pods (`ValidatePodSpecificAnnotations`, on Pods and pod
 * templates): the mirror-pod annotation needs spec.nodeName; the deletion cost is an
 * int32; the legacy `scheduler.alpha.kubernetes.io/tolerations` annotation is a JSON list
 * of valid tolerations (`ValidateTolerationsInPodAnnotations`); seccomp annotations name
 * valid profiles; AppArmor annotations name an existing container and a valid profile.
 */
export const podAnnotations: PodRule = {
  id: RULE,
  check(site, ctx) {
    const annotations = recordAt(asRecord(site.metadata), 'annotations');
    if (annotations === undefined) return;
    const annotationsPath = child(site.metadataPath, 'annotations');
    let containerNames: Set<string> | undefined;
    for (const name of Object.keys(annotations)) {
      const value = stringAt(annotations, name);
      if (value === undefined) continue;
      const path = key(annotationsPath, name);
      if (name === MIRROR) {
        if ((stringAt(specRecord(site.spec), 'nodeName') ?? '') === '') ctx.report({ ruleId: RULE, fieldPath: path, message: 'a mirror pod annotation needs spec.nodeName', hint: 'remove the annotation: only the kubelet creates mirror pods' });
      } else if (name === DELETION_COST) {
        if (!isDeletionCost(value)) ctx.report({ ruleId: RULE, fieldPath: path, message: `pod deletion cost "${value}" must be a 32-bit integer`, hint: "e.g. '-100' or '50', without '+' or leading zeros" });
      } else if (name === TOLERATIONS) {
        if (value === '') continue;
        const decoded = decodeTolerations(value);
        if ('problem' in decoded) ctx.report({ ruleId: RULE, fieldPath: path, message: `the tolerations annotation ${decoded.problem}`, hint: 'remove the annotation and set spec.tolerations' });
        else checkTolerations(decoded.entries, path, RULE, ctx);
      } else if (name === SECCOMP_POD || name.startsWith(SECCOMP_CONTAINER_PREFIX)) {
        const problem = seccompProblem(value);
        if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: path, message: problem, hint: 'or set securityContext.seccompProfile' });
      } else if (name.startsWith(APPARMOR_CONTAINER_PREFIX)) {
        containerNames ??= new Set(siteContainers(site, ctx.minor).all.map((c) => stringAt(c.value, 'name') ?? ''));
        checkAppArmor(name, value, containerNames, path, ctx);
      }
    }
  },
};
