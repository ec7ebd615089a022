import { qualifiedNameProblem } from '../../primitives/fast-names';

/** Resource names a container may use without a domain. */
const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

/** True for `hugepages-<size>`. */
export function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** True for a resource in the Kubernetes namespace: no domain, or a `kubernetes.io/` domain. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** True for an extended resource such as `example.com/gpu`. */
export function isExtendedResource(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.') && qualifiedNameProblem(`requests.${name}`) === undefined;
}

/** Resources whose requests may be below their limits: native resources other than hugepages. */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePages(name);
}

/**
 * Checks a container resource name; returns what is wrong or `undefined`. Follows
 * `validateContainerResourceName`: a qualified name; without a domain one of cpu, memory,
 * ephemeral-storage or hugepages-<size>; with a domain outside kubernetes.io, an extended
 * resource name.
 */
export function checkContainerResourceName(name: string): string | undefined {
  if (STANDARD_CONTAINER_RESOURCES.includes(name)) return undefined; // the common case: valid qualified names without a domain
  const problem = qualifiedNameProblem(name);
  if (problem !== undefined) return `resource name "${name}" ${problem}`;
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.includes(name) && !isHugePages(name)) {
      return `"${name}" is not a standard resource for containers (cpu, memory, ephemeral-storage, hugepages-<size>)`;
    }
  } else if (!isNativeResource(name) && !isExtendedResource(name)) {
    return `"${name}" does not follow the extended resource name standard`;
  }
  return undefined;
}
