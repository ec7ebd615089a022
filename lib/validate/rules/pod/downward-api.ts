import { qualifiedNameProblem } from '../../primitives/fast-names';
import { readQuantity, compareQuantities } from './resource-quantity';

/** Field paths an environment variable may read, by first supporting minor version. */
const ENV_FIELD_PATHS: ReadonlyArray<readonly [string, number]> = [
  ['metadata.name', 0], ['metadata.namespace', 0], ['metadata.uid', 0],
  ['spec.nodeName', 0], ['spec.serviceAccountName', 0],
  ['status.hostIP', 0], ['status.hostIPs', 29], ['status.podIP', 0], ['status.podIPs', 0],
];

/** Field paths a downwardAPI volume file may read. */
const VOLUME_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'metadata.uid'];

/** Container resources the downward API exposes. */
const RESOURCE_FIELDS = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'];

const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

const SUBSCRIPTED_FIELD_PATH = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/;

/** Where a field reference is used. */
export type FieldRefUse = 'env' | 'volume';

/**
 * Checks an object field selector's `fieldPath` (`validateObjectFieldSelector`): a
 * supported path, or `metadata.labels['key']` / `metadata.annotations['key']` with a
 * valid key. Returns what is wrong or `undefined`.
 */
export function checkFieldPath(fieldPath: string, use: FieldRefUse, minor: number): string | undefined {
  const subscripted = SUBSCRIPTED_FIELD_PATH.exec(fieldPath);
  if (subscripted !== null) {
    const [, path, subscript] = subscripted;
    const problem = qualifiedNameProblem(path === 'metadata.annotations' ? subscript.toLowerCase() : subscript);
    return problem === undefined ? undefined : `key "${subscript}" in fieldPath ${problem}`;
  }
  const supported = use === 'env'
    ? ENV_FIELD_PATHS.filter(([, since]) => minor >= since).map(([p]) => p)
    : VOLUME_FIELD_PATHS;
  if (supported.includes(fieldPath)) return undefined;
  return `fieldPath "${fieldPath}" is not supported here; supported: ${supported.join(', ')}, metadata.labels['<key>'], metadata.annotations['<key>']`;
}

/** Whether `fieldPath` reads one label or annotation (`metadata.labels['key']`). */
export function isSubscriptedFieldPath(fieldPath: string): boolean {
  return SUBSCRIPTED_FIELD_PATH.test(fieldPath);
}

/** Checks a resource field selector's `resource` (`validateContainerResourceFieldSelector`). */
export function checkResourceField(resource: string): string | undefined {
  if (RESOURCE_FIELDS.includes(resource) || resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-')) return undefined;
  return `resource "${resource}" is not supported; supported: ${RESOURCE_FIELDS.join(', ')}, requests.hugepages-<size>, limits.hugepages-<size>`;
}

/** Checks a resource field selector's `divisor` for its resource (`validateContainerResourceDivisor`). */
export function checkDivisor(resource: string, divisor: unknown): string | undefined {
  const value = readQuantity(divisor);
  if (value === undefined || value.numerator === 0n) return undefined;
  const allowed = resource.endsWith('.cpu') ? ['1m', '1'] : resource.includes('.') ? BYTE_DIVISORS : [];
  if (allowed.length === 0) return undefined;
  const ok = allowed.some((a) => {
    const unit = readQuantity(a);
    return unit !== undefined && compareQuantities(unit, value) === 0;
  });
  return ok ? undefined : `divisor "${String(divisor)}" is not supported for ${resource}; use one of ${allowed.join(', ')}`;
}
