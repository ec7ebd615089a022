/**
 * Checks of resource lists shared by container resources, pod overhead and pod-level
 * resources: the parts of `validateResourceRequirements` that do not depend on where the
 * list is (names, `ValidateResourceQuantityValue`, `validateResourceQuantityHugePageValue`,
 * requests against limits, hugepages beside cpu or memory).
 */
import type { RuleContext } from '../../rule';
import { ownValue } from '../../primitives/access';
import { type JsonRecord, key } from './access';
import { checkContainerResourceName, isExtendedResource, isHugePages, isOvercommitAllowed } from './resource-names';
import { compareQuantities, type ExactQuantity, isMultipleOf, isNegative, isWhole, readQuantity } from './resource-quantity';

/** How the names of one kind of resource list are checked. */
export interface ResourceNameCheck {
  /** What is wrong with a resource name, or `undefined` when it is accepted. */
  problem(name: string): string | undefined;
  /** Rule id of a bad name. */
  readonly ruleId: string;
  /** How to fix a bad name. */
  readonly hint: string;
  /** True to warn about memory or ephemeral-storage not in whole bytes (container resources only). */
  readonly warnFractionalBytes: boolean;
}

/** How container resource names are checked (`validateContainerResourceName`). */
export const CONTAINER_RESOURCE_NAMES: ResourceNameCheck = {
  problem: checkContainerResourceName,
  ruleId: 'resources/name',
  hint: "use cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource with a domain such as 'example.com/gpu'",
  warnFractionalBytes: true,
};

/** {@link checkResourceList} result bit: the list holds a usable hugepages quantity. */
export const HOLDS_HUGEPAGES = 1;
/** {@link checkResourceList} result bit: the list holds a usable cpu or memory quantity. */
export const HOLDS_CPU_OR_MEMORY = 2;

/** Resources counted in bytes, where the API server warns about fractions. */
const BYTE_RESOURCES = ['memory', 'ephemeral-storage'];

/** A quantity the requests-and-limits checks use: a string or number that parses, not negative. */
export function usableQuantity(raw: unknown): ExactQuantity | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const quantity = readQuantity(raw);
  return quantity === undefined || isNegative(quantity) ? undefined : quantity;
}

/**
 * Checks one resource list (`listPath` is its field path), reporting bad names and
 * values; returns what its usable quantities hold ({@link HOLDS_HUGEPAGES},
 * {@link HOLDS_CPU_OR_MEMORY}).
 */
export function checkResourceList(list: JsonRecord | undefined, listPath: string, names: ResourceNameCheck, ctx: RuleContext): number {
  let held = 0;
  if (list === undefined) return held;
  for (const name of Object.keys(list)) {
    const nameProblem = names.problem(name);
    if (nameProblem !== undefined) ctx.report({ ruleId: names.ruleId, fieldPath: key(listPath, name), message: nameProblem, hint: names.hint });
    const raw = list[name];
    if (raw === null || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const quantity = readQuantity(raw);
    if (quantity === undefined) continue; // bad syntax: the schema layer reports it
    if (isNegative(quantity)) {
      ctx.report({ ruleId: 'resources/negative', fieldPath: key(listPath, name), message: `${name} must not be negative (got ${String(raw)})`, hint: 'use 0 or a positive quantity' });
      continue;
    }
    if (isExtendedResource(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/integer', fieldPath: key(listPath, name), message: `${name} must be a whole number (got ${String(raw)})`, hint: 'extended resources are counted in whole units' });
    }
    if (isHugePages(name)) {
      held |= HOLDS_HUGEPAGES;
      const page = readQuantity(name.slice('hugepages-'.length));
      if (page === undefined || !isMultipleOf(quantity, page)) {
        ctx.report({ ruleId: 'resources/hugepages', fieldPath: key(listPath, name), message: `${String(raw)} is not a whole multiple of the ${name} page size`, hint: `use a multiple of ${name.slice('hugepages-'.length)}` });
      }
    } else if (name === 'cpu' || name === 'memory') {
      held |= HOLDS_CPU_OR_MEMORY;
    }
    if (names.warnFractionalBytes && BYTE_RESOURCES.includes(name) && !isWhole(quantity)) {
      ctx.report({ ruleId: 'resources/fractional-bytes', severity: 'warning', fieldPath: key(listPath, name), message: `fractional byte value "${String(raw)}" for ${name}`, hint: "use whole bytes, e.g. '128Mi' rather than '0.5'" });
    }
  }
  return held;
}

/**
 * Compares each request with its limit: not above it, equal to it for resources that
 * cannot be overcommitted (hugepages, extended resources), which also need a limit.
 */
export function checkRequestsAgainstLimits(requests: JsonRecord | undefined, limits: JsonRecord | undefined, requestsPath: string, limitsPath: string, ctx: RuleContext): void {
  if (requests === undefined) return;
  for (const name of Object.keys(requests)) {
    const request = usableQuantity(requests[name]);
    if (request === undefined) continue;
    const limit = limits === undefined ? undefined : usableQuantity(ownValue(limits, name));
    if (limit === undefined) {
      if (!isOvercommitAllowed(name) && !(limits !== undefined && Object.prototype.hasOwnProperty.call(limits, name))) {
        ctx.report({ ruleId: 'resources/limit-required', fieldPath: key(limitsPath, name), message: `${name} is requested but has no limit; it cannot be overcommitted`, hint: `set limits.${name} equal to requests.${name}` });
      }
      continue;
    }
    if (!isOvercommitAllowed(name)) {
      if (compareQuantities(request, limit) !== 0) {
        ctx.report({ ruleId: 'resources/requests-equal-limits', fieldPath: key(requestsPath, name), message: `the ${name} request must equal its limit`, hint: `${name} cannot be overcommitted: set requests.${name} equal to limits.${name}` });
      }
    } else if (compareQuantities(request, limit) > 0) {
      ctx.report({ ruleId: 'resources/requests-exceed-limits', fieldPath: key(requestsPath, name), message: `the ${name} request is above its limit`, hint: `lower requests.${name} or raise limits.${name}` });
    }
  }
}

/** Reports hugepages held without cpu or memory beside them (`held` from {@link checkResourceList}). */
export function checkHugePagesCompanion(held: number, path: string, subject: string, ctx: RuleContext): void {
  if ((held & HOLDS_HUGEPAGES) !== 0 && (held & HOLDS_CPU_OR_MEMORY) === 0) {
    ctx.report({ ruleId: 'resources/hugepages', fieldPath: path, message: `${subject} uses hugepages without a cpu or memory request or limit`, hint: 'hugepages need a cpu or memory request or limit beside them' });
  }
}
