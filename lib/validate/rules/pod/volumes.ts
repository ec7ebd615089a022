import { checkDns1123Label } from '../../primitives/names';
import type { PodRule } from '../../rule';
import { child, has, type JsonRecord, presentKeys, recordAt, recordsAt, stringAt } from './access';
import { checkEphemeralClaimNames } from './ephemeral-claim-names';
import { checkImageVolumeSource, imageVolumesDropped, isImageVolume } from './image-volume-source';
import { specRecord } from './pod-containers';
import { checkVolumeSource } from './volume-sources';

/** Every volume source of the v1 API. */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos',
  'csi', 'ephemeral', 'image',
];

/** The source of a volume: the first of {@link VOLUME_SOURCES} it sets; `undefined` for none (an emptyDir). */
export function volumeSource(volume: JsonRecord): string | undefined {
  for (let i = 0; i < VOLUME_SOURCES.length; i++) if (has(volume, VOLUME_SOURCES[i])) return VOLUME_SOURCES[i];
  return undefined;
}

/**
 * The pod's volumes. Follows `ValidateVolumes` and `validateVolumeSource`: names required,
 * DNS-1123 labels and unique; at most one source per volume (a volume with none is
 * defaulted to an emptyDir); and per source its required fields, relative item paths
 * without '..', file modes from 0 to 0777, hostPath types, projected sources and token
 * lifetimes; the claims of ephemeral volumes.
 */
export const volumes: PodRule = {
  id: 'volume/values',
  check(site, ctx) {
    const names = new Map<string, string>();
    const volumesPath = child(site.specPath, 'volumes');
    const dropImages = imageVolumesDropped(ctx.minor);
    for (const { index, value: volume } of recordsAt(specRecord(site.spec), 'volumes')) {
      // Before 1.35 the server drops image volumes unchecked.
      if (dropImages && isImageVolume(volume)) continue;
      const volumePath = `${volumesPath}[${index}]`;
      const name = stringAt(volume, 'name');
      if (name === '') {
        ctx.report({ ruleId: 'volume/name', fieldPath: child(volumePath, 'name'), message: 'the volume has no name', hint: "give the volume a name such as 'data'; mounts refer to it by name" });
      } else if (name !== undefined) {
        const problem = checkDns1123Label(name);
        if (problem !== undefined) ctx.report({ ruleId: 'volume/name', fieldPath: child(volumePath, 'name'), message: `volume name "${name}" ${problem}`, hint: "use lower-case letters, digits and '-', e.g. 'app-config'" });
        const first = names.get(name);
        if (first !== undefined) {
          ctx.report({ ruleId: 'volume/name-unique', fieldPath: child(volumePath, 'name'), message: `volume name "${name}" is already used by ${first}`, hint: 'give every volume its own name' });
        } else {
          names.set(name, volumePath);
        }
      }
      const present = presentKeys(volume, VOLUME_SOURCES);
      for (let i = 1; i < present.length; i++) {
        const extra = present[i];
        ctx.report({ ruleId: 'volume/one-source', fieldPath: child(volumePath, extra), message: `the volume sets ${present[0]} and ${extra}, but may only have one source`, hint: 'split it into two volumes, or keep one source' });
      }
      const kind = present[0];
      if (kind === undefined) continue;
      const source = recordAt(volume, kind);
      if (source === undefined) continue;
      if (kind === 'image') checkImageVolumeSource(source, child(volumePath, kind), site.isTemplate, ctx);
      else checkVolumeSource(kind, source, child(volumePath, kind), ctx, volumePath, name);
    }
    checkEphemeralClaimNames(site, ctx);
  },
};
