import { child, recordsAt, stringAt } from '../rules/pod/access';
import { volumeSource } from '../rules/pod/volumes';
import { pssCheck } from './pss-support';

/**
 * Volume sources the restricted profile allows. `image` is allowed by the check of every
 * covered version that keeps image volumes (1.33 on; before 1.35 the server drops them
 * before admission anyway).
 */
export const RESTRICTED_VOLUME_SOURCES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];

/** Restricted: only core volume types (`restrictedVolumes`); a volume without source is an emptyDir. */
export const restrictedVolumeTypes = pssCheck('pss/restricted-volume-types', (view, ctx) => {
  for (const { index, value: volume } of recordsAt(view.spec, 'volumes')) {
    const source = volumeSource(volume);
    if (source === undefined || RESTRICTED_VOLUME_SOURCES.includes(source)) continue;
    const fieldPath = child(`${child(view.specPath, 'volumes')}[${index}]`, source);
    ctx.report({ fieldPath, message: `volume "${stringAt(volume, 'name') ?? index}" uses ${source}; the restricted profile forbids this volume type`, hint: `replace ${fieldPath} with one of ${RESTRICTED_VOLUME_SOURCES.join(', ')} (e.g. a persistentVolumeClaim)` });
  }
});
