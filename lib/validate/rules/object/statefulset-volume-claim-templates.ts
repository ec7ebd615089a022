/**
 * `statefulset/volume-claim-templates`: each claim template becomes one
 * PersistentVolumeClaim per pod and a volume of the pods named like the template, so it
 * needs a unique DNS-1123 label name, at least one supported access mode, and a positive
 * storage request (unless it is populated from a data source).
 */
import { childPath, indexPath, keyPath } from '../../field-path';
import { getArray, getObject, getString, isObject, isSet } from '../../primitives/access';
import { checkDns1123Label } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';

const ACCESS_MODES = new Set(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);
const ZERO = /^[+-]?(?:0+(?:\.0*)?|\.0+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

function checkSpec(spec: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const modes = getArray(spec, 'accessModes') ?? [];
  if (modes.length === 0) {
    ctx.report({ fieldPath: childPath(path, 'accessModes'), message: 'a volume claim template needs at least one access mode', hint: 'set accessModes, e.g. [ReadWriteOnce]' });
  }
  for (let i = 0; i < modes.length; i++) {
    const mode = modes[i];
    if (typeof mode === 'string' && !ACCESS_MODES.has(mode)) {
      ctx.report({ fieldPath: indexPath(childPath(path, 'accessModes'), i), message: `${JSON.stringify(mode)} is not an access mode`, hint: `use one of ${[...ACCESS_MODES].join(', ')}` });
    }
  }
  const storage = getObject(getObject(spec, 'resources'), 'requests')?.storage;
  const storagePath = keyPath(childPath(childPath(path, 'resources'), 'requests'), 'storage');
  if (storage === undefined || storage === null) {
    if (!isSet(spec, 'dataSource') && !isSet(spec, 'dataSourceRef')) {
      ctx.report({ fieldPath: storagePath, message: 'a volume claim template needs a storage request', hint: "set resources.requests.storage, e.g. '10Gi'" });
    }
  } else if ((typeof storage === 'number' && storage <= 0) || (typeof storage === 'string' && (storage.startsWith('-') || ZERO.test(storage)))) {
    ctx.report({ fieldPath: storagePath, message: `storage request ${JSON.stringify(storage)} must be greater than zero`, hint: "request a positive size, e.g. '10Gi'" });
  }
}

/** Follows apps ValidateStatefulSetSpec (volumeClaimTemplates, validated on create by recent versions with core ValidatePersistentVolumeClaimSpec) and the StatefulSet controller's naming of claims and volumes. */
export const statefulSetVolumeClaimTemplates: ObjectRule = {
  id: 'statefulset/volume-claim-templates',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const templates = getArray(getObject(object, 'spec'), 'volumeClaimTemplates');
    if (templates === undefined) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < templates.length; i++) {
      const template = templates[i];
      if (!isObject(template)) continue;
      const path = indexPath('spec.volumeClaimTemplates', i);
      const name = getString(getObject(template, 'metadata'), 'name') ?? '';
      const namePath = childPath(childPath(path, 'metadata'), 'name');
      if (name === '') {
        ctx.report({ fieldPath: namePath, message: 'a volume claim template needs a name (the pods mount it by that name)', hint: "set metadata.name, e.g. 'data'" });
      } else {
        const problem = checkDns1123Label(name);
        if (problem !== undefined) ctx.report({ fieldPath: namePath, message: `claim template name ${JSON.stringify(name)} is not a DNS-1123 label: it ${problem}`, hint: "use a name like 'data'" });
        const first = seen.get(name);
        if (first !== undefined) ctx.report({ fieldPath: namePath, message: `claim template name ${JSON.stringify(name)} is already used by template ${first}`, hint: 'give each claim template its own name' });
        else seen.set(name, i);
      }
      const spec = getObject(template, 'spec');
      if (spec === undefined) {
        ctx.report({ fieldPath: childPath(path, 'spec'), message: 'a volume claim template needs a spec', hint: 'set spec.accessModes and spec.resources.requests.storage' });
        continue;
      }
      checkSpec(spec, childPath(path, 'spec'), ctx);
    }
  },
};
