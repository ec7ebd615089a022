import type { PodRule, RuleContext } from '../../rule';
import { ownValue } from '../../primitives/access';
import { arrayAt, child, isRecord, key, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { describeContainer, type PodContainer, siteContainers, specRecord } from './pod-containers';
import { checkContainerResourceName, isExtendedResource, isHugePages, isOvercommitAllowed } from './resource-names';
import { compareQuantities, type ExactQuantity, isMultipleOf, isNegative, isWhole, readQuantity } from './resource-quantity';

/** Resources counted in bytes, where the API server warns about fractions. */
const BYTE_RESOURCES = ['memory', 'ephemeral-storage'];

/**
 * Container resources (`resources.requests`, `resources.limits`, `resources.claims`).
 * Follows `validateResourceRequirements`, `validateContainerResourceName`,
 * `ValidateResourceQuantityValue` and `validateResourceQuantityHugePageValue`:
 * supported names (quantity syntax is the schema layer's), no negative values, whole numbers for extended
 * resources, requests not above limits, requests equal to limits for resources that
 * cannot be overcommitted (hugepages, extended resources), hugepages a multiple of their
 * page size and only with cpu or memory, claims naming an entry of `spec.resourceClaims`.
 * A fractional number of bytes is a warning, as in the API server's warnings.
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

/** What a resource list holds among its usable quantities, for the hugepages check. */
const HUGEPAGES = 1;
const CPU_OR_MEMORY = 2;

function checkRequirements(container: PodContainer, requirements: JsonRecord, spec: unknown, ctx: RuleContext): void {
  const limits = recordAt(requirements, 'limits');
  const requests = recordAt(requirements, 'requests');
  const held = checkList(limits, container, 'limits', ctx) | checkList(requests, container, 'requests', ctx);
  if (requests !== undefined) {
    for (const name of Object.keys(requests)) {
      const request = usableQuantity(requests[name]);
      if (request === undefined) continue;
      const limit = limits === undefined ? undefined : usableQuantity(ownValue(limits, name));
      if (limit === undefined) {
        if (!isOvercommitAllowed(name) && !(limits !== undefined && Object.prototype.hasOwnProperty.call(limits, name))) {
          ctx.report({
            ruleId: 'resources/limit-required',
            fieldPath: key(resourcesPath(container, 'limits'), name),
            message: `${name} is requested but has no limit; it cannot be overcommitted`,
            hint: `set limits.${name} equal to requests.${name}`,
          });
        }
        continue;
      }
      if (!isOvercommitAllowed(name)) {
        if (compareQuantities(request, limit) !== 0) {
          ctx.report({ ruleId: 'resources/requests-equal-limits', fieldPath: key(resourcesPath(container, 'requests'), name), message: `the ${name} request must equal its limit`, hint: `${name} cannot be overcommitted: set requests.${name} equal to limits.${name}` });
        }
      } else if (compareQuantities(request, limit) > 0) {
        ctx.report({ ruleId: 'resources/requests-exceed-limits', fieldPath: key(resourcesPath(container, 'requests'), name), message: `the ${name} request is above its limit`, hint: `lower requests.${name} or raise limits.${name}` });
      }
    }
  }
  if ((held & HUGEPAGES) !== 0 && (held & CPU_OR_MEMORY) === 0) {
    ctx.report({ ruleId: 'resources/hugepages', fieldPath: resourcesPath(container), message: `${describeContainer(container)} uses hugepages without a cpu or memory request or limit`, hint: 'hugepages need a cpu or memory request or limit beside them' });
  }
  const claims = arrayAt(requirements, 'claims');
  if (claims !== undefined && claims.length > 0) checkClaims(claims, container, spec, ctx);
}

/** A quantity the requests-and-limits checks use: a string or number that parses, not negative. */
function usableQuantity(raw: unknown): ExactQuantity | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const quantity = readQuantity(raw);
  return quantity === undefined || isNegative(quantity) ? undefined : quantity;
}

/** Reports claims that name no entry of `spec.resourceClaims`. */
function checkClaims(claims: readonly unknown[], container: PodContainer, spec: unknown, ctx: RuleContext): void {
  const claimNames = new Set<string>();
  for (const { value: claim } of recordsAt(specRecord(spec), 'resourceClaims')) {
    const name = stringAt(claim, 'name');
    if (name !== undefined) claimNames.add(name);
  }
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    if (!isRecord(claim)) continue;
    const name = stringAt(claim, 'name');
    if (name === undefined || name === '' || claimNames.has(name)) continue;
    ctx.report({ ruleId: 'resources/claims', fieldPath: `${resourcesPath(container, 'claims')}[${index}]`, message: `claim "${name}" is not one of spec.resourceClaims`, hint: 'add a matching entry to spec.resourceClaims or fix the name' });
  }
}

/**
 * Checks one resource list, reporting bad names and values; returns what its usable
 * quantities hold ({@link HUGEPAGES}, {@link CPU_OR_MEMORY}).
 */
function checkList(list: JsonRecord | undefined, container: PodContainer, listName: 'limits' | 'requests', ctx: RuleContext): number {
  let held = 0;
  if (list === undefined) return held;
  for (const name of Object.keys(list)) {
    const nameProblem = checkContainerResourceName(name);
    if (nameProblem !== undefined) {
      ctx.report({ ruleId: 'resources/name', fieldPath: key(resourcesPath(container, listName), name), message: nameProblem, hint: "use cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource with a domain such as 'example.com/gpu'" });
    }
    const raw = list[name];
    if (raw === null || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const quantity = readQuantity(raw);
    if (quantity === undefined) continue; // bad syntax: the schema layer reports it
    if (isNegative(quantity)) {
      ctx.report({ ruleId: 'resources/negative', fieldPath: key(resourcesPath(container, listName), name), message: `${name} must not be negative (got ${String(raw)})`, hint: 'use 0 or a positive quantity' });
      continue;
    }
    if (isExtendedResource(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/integer', fieldPath: key(resourcesPath(container, listName), name), message: `${name} must be a whole number (got ${String(raw)})`, hint: 'extended resources are counted in whole units' });
    }
    if (isHugePages(name)) {
      held |= HUGEPAGES;
      const page = readQuantity(name.slice('hugepages-'.length));
      if (page === undefined || !isMultipleOf(quantity, page)) {
        ctx.report({ ruleId: 'resources/hugepages', fieldPath: key(resourcesPath(container, listName), name), message: `${String(raw)} is not a whole multiple of the ${name} page size`, hint: `use a multiple of ${name.slice('hugepages-'.length)}` });
      }
    } else if (name === 'cpu' || name === 'memory') {
      held |= CPU_OR_MEMORY;
    }
    if (BYTE_RESOURCES.includes(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/fractional-bytes', severity: 'warning', fieldPath: key(resourcesPath(container, listName), name), message: `fractional byte value "${String(raw)}" for ${name}`, hint: "use whole bytes, e.g. '128Mi' rather than '0.5'" });
    }
  }
  return held;
}
