/**
 * `statefulset/pvc-retention-policy`: whenDeleted and whenScaled are Retain (the
 * default) or Delete.
 */
import { getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Follows apps ValidatePersistentVolumeClaimRetentionPolicy. */
export const statefulSetPvcRetentionPolicy: ObjectRule = {
  id: 'statefulset/pvc-retention-policy',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const policy = getObject(getObject(object, 'spec'), 'persistentVolumeClaimRetentionPolicy');
    if (policy === undefined) return;
    for (const field of ['whenDeleted', 'whenScaled']) {
      const value = getString(policy, field);
      if (value === undefined || value === '' || value === 'Retain' || value === 'Delete') continue;
      ctx.report({ fieldPath: `spec.persistentVolumeClaimRetentionPolicy.${field}`, message: `${JSON.stringify(value)} is not a retention policy`, hint: 'use Retain (the default) or Delete' });
    }
  },
};
