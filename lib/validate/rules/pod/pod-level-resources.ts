import type { PodRule } from '../../rule';
import { child, has, recordAt, stringAt } from './access';
import { droppedField } from './dropped-field';
import { specRecord } from './pod-containers';
import { checkPodLevelConsistency, isPodLevelResource } from './pod-level-consistency';
import { checkHugePagesCompanion, checkRequestsAgainstLimits, checkResourceList, type ResourceNameCheck } from './resource-list';

/** First minor version with `spec.resources` in the API (PodLevelResources alpha, off by default). */
export const POD_LEVEL_FIELD_MINOR = 32;
/** First minor version with PodLevelResources on by default (beta). */
export const POD_LEVEL_RESOURCES_MINOR = 34;

/** Pod-level resource names (`validatePodResourceName`): cpu, memory and hugepages-<size>. */
const POD_LEVEL_NAMES: ResourceNameCheck = {
  problem: (name) => (isPodLevelResource(name) ? undefined : `"${name}" is not supported in pod-level resources (cpu, memory, hugepages-<size>)`),
  ruleId: 'resources/pod-level-name',
  hint: 'set other resources on the containers',
  warnFractionalBytes: false,
};

/**
 * Pod-level resources (`spec.resources`, feature PodLevelResources: in the API from 1.32,
 * on by default from 1.34). On 1.32 and 1.33 the API server drops the field: a warning.
 * From 1.34, follows `validatePodResources`: not on Windows pods, no `claims`, then
 * `validatePodResourceRequirements` (names from `validatePodResourceName`, the quantity,
 * request-against-limit and hugepages checks of `validateResourceRequirements`, reported
 * with the same rule ids as for containers) and `validatePodResourceConsistency`.
 */
export const podLevelResources: PodRule = {
  id: 'resources/pod-level',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const resources = recordAt(spec, 'resources');
    if (resources === undefined) return;
    const path = child(site.specPath, 'resources');
    if (ctx.minor < POD_LEVEL_RESOURCES_MINOR) {
      if (ctx.minor >= POD_LEVEL_FIELD_MINOR) {
        ctx.report(droppedField('pod-level resources are', ctx.minor, 'PodLevelResources', path, `target Kubernetes 1.${POD_LEVEL_RESOURCES_MINOR} or later, or set resources on the containers`));
      }
      return; // before 1.32 the schema layer reports the field
    }
    if (stringAt(recordAt(spec, 'os'), 'name') === 'windows') {
      ctx.report({ fieldPath: path, message: 'pod-level resources are not supported for Windows pods', hint: 'set resources on the containers' });
      return;
    }
    if (has(resources, 'claims')) {
      ctx.report({ ruleId: 'resources/pod-level-claims', fieldPath: child(path, 'claims'), message: 'claims cannot be set in pod-level resources', hint: "list the claims in the containers' resources.claims" });
    }
    const limits = recordAt(resources, 'limits');
    const requests = recordAt(resources, 'requests');
    const held = checkResourceList(limits, child(path, 'limits'), POD_LEVEL_NAMES, ctx) | checkResourceList(requests, child(path, 'requests'), POD_LEVEL_NAMES, ctx);
    checkRequestsAgainstLimits(requests, limits, child(path, 'requests'), child(path, 'limits'), ctx);
    checkHugePagesCompanion(held, path, 'the pod-level resources', ctx);
    checkPodLevelConsistency(site, resources, path, ctx);
  },
};
