/**
 * `metadata/owner-references`: each owner reference names apiVersion (with a version),
 * kind, name and uid (not empty; missing ones are the schema layer's); an Event cannot own objects; at most one reference is the controller.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getBool, getObject, getString, isObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/**
 * The group and version of an apiVersion as apimachinery `ParseGroupVersion` reads it:
 * `v1` is the core group, `apps/v1` a named group, and a value with more than one '/'
 * does not parse (both parts empty).
 */
function parseGroupVersion(apiVersion: string): { group: string; version: string } {
  const parts = apiVersion.split('/');
  if (apiVersion === '' || apiVersion === '/' || parts.length > 2) return { group: '', version: '' };
  return parts.length === 1 ? { group: '', version: apiVersion } : { group: parts[0], version: parts[1] };
}

/** Follows apimachinery ValidateOwnerReferences and validateOwnerReference (with schema.FromAPIVersionAndKind). */
export const metadataOwnerReferences: ObjectRule = {
  id: 'metadata/owner-references',
  check(object, ctx) {
    const references = getArray(getObject(object, 'metadata'), 'ownerReferences');
    if (references === undefined) return;
    const base = childPath('metadata', 'ownerReferences');
    let controller: string | undefined;
    for (let i = 0; i < references.length; i++) {
      const reference = references[i];
      if (!isObject(reference)) continue;
      const path = indexPath(base, i);
      // Missing fields are reported by the schema layer (they are required); empty ones here.
      const apiVersion = getString(reference, 'apiVersion');
      const kind = getString(reference, 'kind') ?? '';
      const groupVersion = apiVersion === undefined ? undefined : parseGroupVersion(apiVersion);
      if (groupVersion !== undefined && groupVersion.version === '') {
        const why = (apiVersion ?? '').split('/').length > 2 ? 'is not a group/version (more than one /)' : 'has no version';
        ctx.report({ fieldPath: childPath(path, 'apiVersion'), message: `apiVersion ${JSON.stringify(apiVersion)} ${why}`, hint: "write the owner's apiVersion, e.g. 'apps/v1'" });
      }
      for (const field of ['kind', 'name', 'uid']) {
        if (getString(reference, field) === '') {
          ctx.report({ fieldPath: childPath(path, field), message: `an owner reference needs a non-empty ${field}`, hint: `set ${field} to the owner's ${field}` });
        }
      }
      if (kind === 'Event' && groupVersion?.group === '' && groupVersion.version === 'v1') {
        ctx.report({ fieldPath: path, message: 'a v1 Event cannot be the owner of an object', hint: 'remove this owner reference' });
      }
      if (getBool(reference, 'controller') === true) {
        const current = `${kind}/${getString(reference, 'name') ?? ''}`;
        if (controller !== undefined) {
          ctx.report({
            fieldPath: childPath(path, 'controller'),
            message: `only one owner reference may be the controller; ${controller} already is, so ${current} cannot be`,
            hint: 'set controller: true on one owner reference only',
          });
        } else {
          controller = current;
        }
      }
    }
  },
};
