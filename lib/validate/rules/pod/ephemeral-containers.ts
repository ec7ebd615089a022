import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, child, has, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { describeContainer, itemPath, type PodContainer, siteContainers, specRecord } from './pod-containers';

/**
 * Fields an ephemeral container may not set (those of `allowedEphemeralContainerFields`
 * marked false, and the fields added to containers since, which the allow list does not
 * name). A list counts as set even when empty, a struct when it is present, as the API
 * server compares each field with its zero value.
 */
const FORBIDDEN_FIELDS = [
  'ports',
  'resources',
  'resizePolicy',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'restartPolicy',
  'restartPolicyRules',
] as const;

/**
 * `ephemeralContainers` cannot be written in a manifest: the API server refuses them when
 * a Pod is created (`ValidatePodCreate`) and in pod templates; they are only added to a
 * running pod through its `ephemeralcontainers` subresource (`kubectl debug`). The server
 * still validates them (`validateEphemeralContainers`), and so does this rule: no ports,
 * resources, resize policy, probes, lifecycle hooks or restart policy
 * (`validateFieldAllowList`), no `subPath` or `subPathExpr` on a mount, and a
 * `targetContainerName` naming one of the pod's containers or init containers.
 */
export const ephemeralContainers: PodRule = {
  id: 'container/ephemeral',
  check(site, ctx) {
    const list = arrayAt(specRecord(site.spec), 'ephemeralContainers');
    if (list === undefined || list.length === 0) return;
    ctx.report({
      fieldPath: child(site.specPath, 'ephemeralContainers'),
      message: site.isTemplate
        ? 'ephemeralContainers are not allowed in a pod template'
        : 'ephemeralContainers cannot be set when a pod is created',
      hint: 'remove ephemeralContainers; add debugging containers to a running pod with kubectl debug',
    });
    const containers = siteContainers(site, ctx.minor);
    const all = containers.all;
    for (let i = containers.withInit.length; i < all.length; i++) checkEphemeral(all[i], containers.withInit, ctx);
  },
};

function checkEphemeral(container: PodContainer, others: readonly PodContainer[], ctx: RuleContext): void {
  const value = container.value;
  const target = stringAt(value, 'targetContainerName');
  if (target !== undefined && target !== '' && !others.some((other) => stringAt(other.value, 'name') === target)) {
    ctx.report({
      fieldPath: child(container.path, 'targetContainerName'),
      message: `targetContainerName "${target}" of ${describeContainer(container)} names no container or init container of the pod`,
      hint: 'name the container whose namespaces the ephemeral container should join',
    });
  }
  for (const field of FORBIDDEN_FIELDS) {
    if (!isSet(value, field)) continue;
    ctx.report({
      fieldPath: child(container.path, field),
      message: `${field} cannot be set for an ephemeral container`,
      hint: `remove ${field}: ephemeral containers are for debugging and get no ports, resources, probes or hooks`,
    });
  }
  for (const { index, value: mount } of recordsAt(value, 'volumeMounts')) {
    for (const field of ['subPath', 'subPathExpr']) {
      const path = stringAt(mount, field);
      if (path === undefined || path === '') continue;
      ctx.report({
        fieldPath: itemPath(container, 'volumeMounts', index, field),
        message: `${field} cannot be set for an ephemeral container`,
        hint: 'mount the whole volume',
      });
    }
  }
}

/** Whether `field` differs from its zero value: a list or pointer when present, a struct when it has content. */
function isSet(record: JsonRecord, field: string): boolean {
  if (!has(record, field)) return false;
  // `resources` is a struct, not a pointer: only content makes it non-zero.
  if (field !== 'resources') return true;
  const resources = recordAt(record, field);
  return resources !== undefined && Object.values(resources).some((v) => v !== null && v !== undefined);
}
