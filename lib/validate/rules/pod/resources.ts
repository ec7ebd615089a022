import type { PodRule, RuleContext } from '../../rule';
import { child, key, recordAt, recordsAt, stringAt, type JsonRecord } from './access';
import { describeContainer, type PodContainer, podContainers, specRecord } from './pod-containers';
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
    const spec = specRecord(site.spec);
    const claimNames = new Set(recordsAt(spec, 'resourceClaims').map((c) => stringAt(c.value, 'name')).filter((n): n is string => n !== undefined));
    for (const container of podContainers(spec, site.specPath, ctx.minor, ['containers', 'initContainers'])) {
      const requirements = recordAt(container.value, 'resources');
      if (requirements === undefined) continue;
      checkRequirements(container, requirements, claimNames, ctx);
    }
  },
};

function checkRequirements(container: PodContainer, requirements: JsonRecord, claimNames: Set<string>, ctx: RuleContext): void {
  const path = child(container.path, 'resources');
  const limits = readList(recordAt(requirements, 'limits'), child(path, 'limits'), ctx);
  const requests = readList(recordAt(requirements, 'requests'), child(path, 'requests'), ctx);
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    const requestPath = key(child(path, 'requests'), name);
    if (limit === undefined) {
      if (!isOvercommitAllowed(name) && !hasLimitKey(requirements, name)) {
        ctx.report({
          ruleId: 'resources/limit-required',
          fieldPath: key(child(path, 'limits'), name),
          message: `${name} is requested but has no limit; it cannot be overcommitted`,
          hint: `set limits.${name} equal to requests.${name}`,
        });
      }
      continue;
    }
    if (!isOvercommitAllowed(name)) {
      if (compareQuantities(request, limit) !== 0) {
        ctx.report({ ruleId: 'resources/requests-equal-limits', fieldPath: requestPath, message: `the ${name} request must equal its limit`, hint: `${name} cannot be overcommitted: set requests.${name} equal to limits.${name}` });
      }
    } else if (compareQuantities(request, limit) > 0) {
      ctx.report({ ruleId: 'resources/requests-exceed-limits', fieldPath: requestPath, message: `the ${name} request is above its limit`, hint: `lower requests.${name} or raise limits.${name}` });
    }
  }
  const names = [...limits.keys(), ...requests.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === 'cpu' || n === 'memory')) {
    ctx.report({ ruleId: 'resources/hugepages', fieldPath: path, message: `${describeContainer(container)} uses hugepages without a cpu or memory request or limit`, hint: 'hugepages need a cpu or memory request or limit beside them' });
  }
  recordsAt(requirements, 'claims').forEach(({ index, value: claim }) => {
    const name = stringAt(claim, 'name');
    if (name === undefined || name === '' || claimNames.has(name)) return;
    ctx.report({ ruleId: 'resources/claims', fieldPath: `${child(path, 'claims')}[${index}]`, message: `claim "${name}" is not one of spec.resourceClaims`, hint: 'add a matching entry to spec.resourceClaims or fix the name' });
  });
}

function hasLimitKey(requirements: JsonRecord, name: string): boolean {
  const limits = recordAt(requirements, 'limits');
  return limits !== undefined && Object.prototype.hasOwnProperty.call(limits, name);
}

/** Reads one resource list, reporting bad names and values; returns the valid quantities. */
function readList(list: JsonRecord | undefined, listPath: string, ctx: RuleContext): Map<string, ExactQuantity> {
  const out = new Map<string, ExactQuantity>();
  if (list === undefined) return out;
  for (const name of Object.keys(list)) {
    const fieldPath = key(listPath, name);
    const nameProblem = checkContainerResourceName(name);
    if (nameProblem !== undefined) {
      ctx.report({ ruleId: 'resources/name', fieldPath, message: nameProblem, hint: "use cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource with a domain such as 'example.com/gpu'" });
    }
    const raw = list[name];
    if (raw === null || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const quantity = readQuantity(raw);
    if (quantity === undefined) continue; // bad syntax: the schema layer reports it
    if (isNegative(quantity)) {
      ctx.report({ ruleId: 'resources/negative', fieldPath, message: `${name} must not be negative (got ${String(raw)})`, hint: 'use 0 or a positive quantity' });
      continue;
    }
    if (isExtendedResource(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/integer', fieldPath, message: `${name} must be a whole number (got ${String(raw)})`, hint: 'extended resources are counted in whole units' });
    }
    if (isHugePages(name)) {
      const page = readQuantity(name.slice('hugepages-'.length));
      if (page === undefined || !isMultipleOf(quantity, page)) {
        ctx.report({ ruleId: 'resources/hugepages', fieldPath, message: `${String(raw)} is not a whole multiple of the ${name} page size`, hint: `use a multiple of ${name.slice('hugepages-'.length)}` });
      }
    }
    if (BYTE_RESOURCES.includes(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/fractional-bytes', severity: 'warning', fieldPath, message: `fractional byte value "${String(raw)}" for ${name}`, hint: "use whole bytes, e.g. '128Mi' rather than '0.5'" });
    }
    out.set(name, quantity);
  }
  return out;
}
