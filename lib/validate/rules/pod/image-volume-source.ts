import type { RuleContext } from '../../rule';
import { child, has, type JsonRecord, stringAt } from './access';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
/** First minor version where image volumes are on by default (ImageVolume beta, on from 1.35). */
const IMAGE_VOLUME_MINOR = 35;

/**
 * True when the server drops image volumes before validation in the target version
 * (`dropImageVolumes`, ImageVolume off by default before 1.35): each volume with an `image`
 * source goes, and so does every volume mount naming one of them. Before 1.31 the field
 * does not exist, which the schema layer reports.
 */
export function imageVolumesDropped(minor: number): boolean {
  return minor < IMAGE_VOLUME_MINOR;
}

/** True for a volume with an `image` source (whatever else it sets). */
export function isImageVolume(volume: JsonRecord): boolean {
  return has(volume, 'image');
}

/**
 * Checks an image volume (`validateImageVolumeSource`): a Pod's image volume names an
 * image reference, and the pull policy is Always, IfNotPresent or Never (empty is
 * defaulted). A template's reference is not required here: podsmith leaves it to the pods.
 */
export function checkImageVolumeSource(source: JsonRecord, sourcePath: string, isTemplate: boolean, ctx: RuleContext): void {
  const reference = source.reference;
  if (!isTemplate && (reference === undefined || reference === null || reference === '')) {
    ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'reference'), message: 'an image volume needs a reference', hint: "name the image (or artifact) to mount, e.g. 'quay.io/org/data:v1'" });
  }
  const policy = stringAt(source, 'pullPolicy');
  if (policy !== undefined && policy !== '' && !PULL_POLICIES.includes(policy)) {
    ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'pullPolicy'), message: `pullPolicy "${policy}" is not supported`, hint: 'use Always, IfNotPresent or Never' });
  }
}
