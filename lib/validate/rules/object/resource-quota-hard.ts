/**
 * `resourcequota/hard`: each key of a ResourceQuota's `spec.hard` is a qualified name and,
 * without a '/', one of the standard quota resources (`pods`, `requests.cpu`,
 * `limits.memory`, `services.nodeports`, `hugepages-…`, …); each value is a
 * non-negative quantity, a whole number for object counts (`pods`, `secrets`,
 * `count/…` and other domain-prefixed names).
 */
import { keyPath } from '../../field-path';
import { getObject, ownValue } from '../../primitives/access';
import { checkQualifiedName } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';
import { parseQuantity } from '../../../quantity/parse';

const OBJECT_COUNTS = new Set(['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers']);
const COMPUTE = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.storage',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
]);

/** True for the unprefixed names a quota may limit (core helper.IsStandardQuotaResourceName). */
function isStandardQuotaName(name: string): boolean {
  return OBJECT_COUNTS.has(name) || COMPUTE.has(name) || name.startsWith('hugepages-') || name.startsWith('requests.hugepages-');
}

/** True for the names whose quantity must be whole (core helper.IsIntegerResourceName: object counts and extended resources). */
function isIntegerName(name: string): boolean {
  if (OBJECT_COUNTS.has(name)) return true;
  if (!name.includes('/') || name.includes('kubernetes.io/') || name.startsWith('requests.')) return false;
  return checkQualifiedName(`requests.${name}`) === undefined;
}

function checkValue(name: string, value: unknown, path: string, ctx: RuleContext): void {
  const quantity = typeof value === 'string' ? parseQuantity(value) : typeof value === 'number' ? parseQuantity(String(value)) : undefined;
  if (quantity === undefined) return; // the schema reports what is not a quantity
  if (quantity.mantissa < 0n) {
    ctx.report({ fieldPath: path, message: `${name} limit ${JSON.stringify(value)} must be greater than or equal to 0`, hint: 'use a non-negative limit' });
  } else if (isIntegerName(name) && quantity.exponent10 < 0) {
    ctx.report({ fieldPath: path, message: `${name} limit ${JSON.stringify(value)} must be a whole number`, hint: 'objects and extended resources are counted in whole units' });
  }
}

/** Follows core ValidateResourceQuotaSpec (ValidateResourceQuotaResourceName, ValidateResourceQuantityValue). */
export const resourceQuotaHard: ObjectRule = {
  id: 'resourcequota/hard',
  kinds: ['ResourceQuota'],
  check(object, ctx) {
    const hard = getObject(getObject(object, 'spec'), 'hard');
    if (hard === undefined) return;
    for (const name of Object.keys(hard)) {
      const path = keyPath('spec.hard', name);
      const problem = checkQualifiedName(name) ?? (name.includes('/') || isStandardQuotaName(name) ? undefined : 'must be a standard quota resource or fully qualified');
      if (problem !== undefined) {
        ctx.report({ fieldPath: path, message: `${JSON.stringify(name)} is not a quota resource: ${problem}`, hint: "use e.g. 'pods', 'requests.cpu', 'limits.memory' or 'count/deployments.apps'" });
        continue;
      }
      checkValue(name, ownValue(hard, name), path, ctx);
    }
  },
};
