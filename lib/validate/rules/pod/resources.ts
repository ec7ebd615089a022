import { checkDns1123Label } from '../../primitives/names';
import type { PodRule, RuleContext } from '../../rule';

import { arrayAt, child, isRecord, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { droppedClaims, RESOURCE_CLAIMS_MINOR } from './pod-resource-claims';
import { describeContainer, type PodContainer, siteContainers, specRecord } from './pod-containers';
import { checkHugePagesCompanion, checkRequestsAgainstLimits, checkResourceList, CONTAINER_RESOURCE_NAMES } from './resource-list';

/**
 * Container resources (`resources.requests`, `resources.limits`, `resources.claims`).
 * Follows `validateResourceRequirements`, `validateContainerResourceName`,
 * `ValidateResourceQuantityValue` and `validateResourceQuantityHugePageValue`:
 * supported names (quantity syntax is the schema layer's), no negative values, whole numbers for extended
 * resources, requests not above limits, requests equal to limits for resources that
 * cannot be overcommitted (hugepages, extended resources), hugepages a multiple of their
 * page size and only with cpu or memory, claims named, unique and naming an entry of
 * `spec.resourceClaims` (with a DNS-1123 label as `request`), from 1.34: before it the
 * API server drops claims, a warning there. A fractional number of bytes is a warning,
 * as in the API server's warnings.
 */
export const resources: PodRule = {
  id: 'resources/values',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).withInit;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const requirements = recordAt(container.value, 'resources');
      if (requirements === undefined) continue;
      checkRequirements(container, requirements, site.spec, ctx);
    }
  },
};

/** Field path of a container's `resources`, or of a list in it. */
function resourcesPath(container: PodContainer, list?: string): string {
  const path = child(container.path, 'resources');
  return list === undefined ? path : child(path, list);
}

function checkRequirements(container: PodContainer, requirements: JsonRecord, spec: unknown, ctx: RuleContext): void {
  const limits = recordAt(requirements, 'limits');
  const requests = recordAt(requirements, 'requests');
  const held = (limits === undefined ? 0 : checkResourceList(limits, resourcesPath(container, 'limits'), CONTAINER_RESOURCE_NAMES, ctx))
    | (requests === undefined ? 0 : checkResourceList(requests, resourcesPath(container, 'requests'), CONTAINER_RESOURCE_NAMES, ctx));
  if (requests !== undefined) checkRequestsAgainstLimits(requests, limits, resourcesPath(container, 'requests'), resourcesPath(container, 'limits'), ctx);
  if (held !== 0) checkHugePagesCompanion(held, resourcesPath(container), describeContainer(container), ctx);
  const claims = arrayAt(requirements, 'claims');
  if (claims === undefined || claims.length === 0) return;
  if (ctx.minor < RESOURCE_CLAIMS_MINOR) {
    ctx.report(droppedClaims(ctx.minor, resourcesPath(container, 'claims'), 'resources/claims'));
    return;
  }
  checkClaims(claims, container, spec, ctx);
}

/**
 * A container's claims (`validateResourceClaimNames`): a name, naming an entry of
 * `spec.resourceClaims`; a `request` (from 1.31) a DNS-1123 label; each name (with its
 * request) once.
 */
function checkClaims(claims: readonly unknown[], container: PodContainer, spec: unknown, ctx: RuleContext): void {
  const claimNames = new Set<string>();
  for (const { value: claim } of recordsAt(specRecord(spec), 'resourceClaims')) {
    const name = stringAt(claim, 'name');
    if (name !== undefined) claimNames.add(name);
  }
  const seen = new Set<string>();
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    if (!isRecord(claim)) continue;
    const claimPath = `${resourcesPath(container, 'claims')}[${index}]`;
    const name = stringAt(claim, 'name');
    if (name === undefined) continue;
    if (name === '') {
      ctx.report({ ruleId: 'resources/claims', fieldPath: claimPath, message: `a claim of ${describeContainer(container)} has no name`, hint: 'name one of spec.resourceClaims' });
      continue;
    }
    let key = name;
    const request = stringAt(claim, 'request');
    if (request !== undefined && request !== '') {
      const problem = checkDns1123Label(request);
      if (problem !== undefined) ctx.report({ ruleId: 'resources/claims', fieldPath: child(claimPath, 'request'), message: `request "${request}" ${problem}`, hint: 'name a request of the claim, e.g. gpu' });
      key = `${name}/${request}`;
    }
    if (seen.has(key)) {
      ctx.report({ ruleId: 'resources/claims', fieldPath: claimPath, message: `claim "${key}" is listed twice in ${describeContainer(container)}`, hint: 'list each claim (and request) once' });
    } else {
      seen.add(key);
    }
    if (!claimNames.has(name)) {
      ctx.report({ ruleId: 'resources/claims', fieldPath: claimPath, message: `claim "${name}" is not one of spec.resourceClaims`, hint: 'add a matching entry to spec.resourceClaims or fix the name' });
    }
  }
}
