import type { PodRule, RuleContext } from '../../rule';
import { asRecord, child, key, recordAt, stringAt } from './access';
import { checkLocalDescendingPath } from './paths';
import { siteContainers, specRecord } from './pod-containers';

const RULE = 'pod/annotations';
const MIRROR = 'kubernetes.io/config.mirror';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';
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
 * int32; seccomp annotations name valid profiles; AppArmor annotations name an existing
 * container and a valid profile.
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
