import type { PodSite, RuleContext } from '../../rule';
import { ownValue } from '../../primitives/access';
import { child, type JsonRecord, key, recordAt } from './access';
import { aggregateContainers } from './container-aggregate';
import { siteContainers } from './pod-containers';
import { usableQuantity } from './resource-list';
import { isHugePages } from './resource-names';
import { compareQuantities, type ExactQuantity, formatExact } from './resource-quantity';

/** Rule id of the checks between pod-level and container resources. */
const RULE_ID = 'resources/pod-level-consistency';

/** True for the resources pod-level resources accept (from 1.34, with the feature on by default). */
export function isPodLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || isHugePages(name);
}

/**
 * Pod-level resources against the containers' (`validatePodResourceConsistency`, on the
 * values defaulting leaves): a pod-level request at least the containers' aggregate
 * request; without a pod-level request, the aggregate request (its default) not above the
 * pod-level limit; a hugepages limit at least the containers' aggregate limit; no regular
 * container's limit above the pod-level limit.
 */
export function checkPodLevelConsistency(site: PodSite, resources: JsonRecord, path: string, ctx: RuleContext): void {
  const containers = siteContainers(site, ctx.minor);
  const requests = recordAt(resources, 'requests');
  const limits = recordAt(resources, 'limits');
  if (requests !== undefined) {
    for (const name of Object.keys(requests)) {
      const request = isPodLevelResource(name) ? usableQuantity(requests[name]) : undefined;
      const aggregate = request === undefined ? undefined : aggregateContainers(containers, name, 'requests');
      if (request === undefined || aggregate === undefined || compareQuantities(aggregate, request) <= 0) continue;
      ctx.report({ ruleId: RULE_ID, fieldPath: key(child(path, 'requests'), name), message: `the containers request ${formatExact(aggregate)} ${name} together, more than the pod-level request ${String(requests[name])}`, hint: `raise requests.${name} to at least the containers' total, or lower the containers' requests` });
    }
  }
  if (limits === undefined) return;
  for (const name of Object.keys(limits)) {
    const limit = isPodLevelResource(name) ? usableQuantity(limits[name]) : undefined;
    if (limit === undefined) continue;
    const limitPath = key(child(path, 'limits'), name);
    if (isHugePages(name)) {
      const aggregate = aggregateContainers(containers, name, 'limits');
      if (aggregate !== undefined && compareQuantities(aggregate, limit) > 0) {
        ctx.report({ ruleId: RULE_ID, fieldPath: limitPath, message: `the containers' ${name} limits add up to ${formatExact(aggregate)}, more than the pod-level limit ${String(limits[name])}`, hint: `raise limits.${name} to at least the containers' total` });
      }
    } else if (requests === undefined || !Object.prototype.hasOwnProperty.call(requests, name)) {
      const aggregate = aggregateContainers(containers, name, 'requests');
      if (aggregate !== undefined && compareQuantities(aggregate, limit) > 0) {
        ctx.report({ ruleId: RULE_ID, fieldPath: limitPath, message: `the containers request ${formatExact(aggregate)} ${name} together (the default of the pod-level request), more than the pod-level limit ${String(limits[name])}`, hint: `raise limits.${name}, or lower the containers' requests` });
      }
    }
    checkContainerLimits(site, name, limit, String(limits[name]), ctx);
  }
}

/** Reports regular containers whose limit of `name` is above the pod-level limit. */
function checkContainerLimits(site: PodSite, name: string, podLimit: ExactQuantity, podLimitText: string, ctx: RuleContext): void {
  const regular = siteContainers(site, ctx.minor).regular;
  for (let i = 0; i < regular.length; i++) {
    const container = regular[i];
    const limits = recordAt(recordAt(container.value, 'resources'), 'limits');
    const limit = limits === undefined ? undefined : usableQuantity(ownValue(limits, name));
    if (limit === undefined || compareQuantities(limit, podLimit) <= 0) continue;
    ctx.report({ ruleId: RULE_ID, fieldPath: key(child(child(container.path, 'resources'), 'limits'), name), message: `this ${name} limit is above the pod-level limit ${podLimitText}`, hint: `lower it to at most the pod-level ${name} limit, or raise that limit` });
  }
}
