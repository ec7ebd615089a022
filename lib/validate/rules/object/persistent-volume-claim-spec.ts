/**
 * `persistentvolumeclaim/spec`: a PersistentVolumeClaim needs at least one supported
 * access mode (ReadWriteOncePod alone), a positive storage request, valid storage and
 * volume attributes class names, a volume mode of Filesystem or Block, a valid selector
 * and consistent data sources.
 */
import { getObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { checkClaimSpec } from './statefulset-volume-claim-templates';

/** Follows core ValidatePersistentVolumeClaim (ValidatePersistentVolumeClaimSpec for a new claim). */
export const persistentVolumeClaimSpec: ObjectRule = {
  id: 'persistentvolumeclaim/spec',
  kinds: ['PersistentVolumeClaim'],
  check(object, ctx) {
    checkClaimSpec(getObject(object, 'spec') ?? {}, 'spec', ctx);
  },
};
