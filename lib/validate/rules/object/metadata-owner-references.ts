/**
 * `metadata/owner-references`: each owner reference names apiVersion (with a version),
 * kind, name and uid (not empty; missing ones are the schema layer's); an Event cannot own objects; at most one reference is the controller.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getBool, getObject, getString, isObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Follows apimachinery ValidateOwnerReferences and validateOwnerReference. */
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
      const version = apiVersion === undefined ? undefined : apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
      if (version === '') {
        ctx.report({ fieldPath: childPath(path, 'apiVersion'), message: `apiVersion ${JSON.stringify(apiVersion)} has no version`, hint: "write the owner's apiVersion, e.g. 'apps/v1'" });
      }
      for (const field of ['kind', 'name', 'uid']) {
        if (getString(reference, field) === '') {
          ctx.report({ fieldPath: childPath(path, field), message: `an owner reference needs a non-empty ${field}`, hint: `set ${field} to the owner's ${field}` });
        }
      }
      if (kind === 'Event' && (apiVersion === 'v1')) {
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
