import { qualifiedNameProblem } from '../../primitives/fast-names';
import { parseQuantity, type QuantityFormat } from '../../../quantity/parse';
import { compareQuantities, type ExactQuantity, quantityText, readQuantity } from './resource-quantity';

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

/** The format Go prints a quantity in (`Quantity.String`): a binary quantity below 1024 or with a fraction is printed as a decimal one. */
function printedFormat(format: QuantityFormat, value: ExactQuantity): QuantityFormat {
  if (format !== 'BinarySI') return format;
  const whole = value.numerator % value.denominator === 0n;
  const magnitude = value.numerator < 0n ? -value.numerator : value.numerator;
  return whole && magnitude >= 1024n * value.denominator ? 'BinarySI' : 'DecimalSI';
}

/** The format a divisor has to be printed in to read as `unit`: `Ki`..`Ei` binary, `k`..`E` and `m` decimal, `1` either decimal form. */
function unitFormats(unit: string): readonly QuantityFormat[] {
  if (unit === '1') return ['DecimalSI', 'DecimalExponent'];
  return unit.endsWith('i') ? ['BinarySI'] : ['DecimalSI'];
}

/**
 * Checks a resource field selector's `divisor` for its resource
 * (`validateContainerResourceDivisor`). The server compares the divisor's canonical text
 * (`Quantity.String`) with the allowed units, so the value must be one of them and be
 * printed as that unit: `1024` (printed `1024`) or `1e3` (printed `1e3`) are not `1Ki`
 * or `1k`.
 */
export function checkDivisor(resource: string, divisor: unknown): string | undefined {
  const value = readQuantity(divisor);
  if (value === undefined || value.numerator === 0n) return undefined;
  const bytes = RESOURCE_FIELDS.includes(resource) || resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-');
  // Only the divisors of the resources the downward API exposes are checked.
  const allowed = resource === 'limits.cpu' || resource === 'requests.cpu' ? ['1m', '1'] : bytes ? BYTE_DIVISORS : [];
  if (allowed.length === 0) return undefined;
  const text = quantityText(divisor);
  const parsed = text === undefined ? undefined : parseQuantity(text);
  const format = parsed === undefined ? 'DecimalSI' : printedFormat(parsed.format, value);
  const ok = allowed.some((a) => {
    const unit = readQuantity(a);
    return unit !== undefined && compareQuantities(unit, value) === 0 && unitFormats(a).includes(format);
  });
  return ok ? undefined : `divisor "${String(divisor)}" is not supported for ${resource}; use one of ${allowed.join(', ')}`;
}
