import type { RuleContext } from '../../rule';
import { child, type JsonRecord, stringAt } from './access';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

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
