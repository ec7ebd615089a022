/**
 * `metadata/namespace`: a namespace, when set, is a DNS-1123 label. (An object without
 * a namespace goes to the namespace of the request; cluster-scoped kinds ignore it.)
 */
import { childPath } from '../../field-path';
import { getObject, getString } from '../../primitives/access';
import { checkDns1123Label } from '../../primitives/names';
import { isClusterScoped } from '../../cluster-scoped';
import type { ObjectRule } from '../../rule';
import { groupOf, hasObjectMeta, kindOf } from './kind-info';

/** Follows apimachinery validateObjectMetaAccessorWithOptsCommon (ValidateNamespaceName). */
export const metadataNamespace: ObjectRule = {
  id: 'metadata/namespace',
  check(object, ctx) {
    const kind = kindOf(object);
    if (!hasObjectMeta(kind) || isClusterScoped(groupOf(object), kind)) return;
    const namespace = getString(getObject(object, 'metadata'), 'namespace');
    if (namespace === undefined || namespace === '') return;
    const problem = checkDns1123Label(namespace);
    if (problem !== undefined) {
      ctx.report({
        fieldPath: childPath('metadata', 'namespace'),
        message: `${JSON.stringify(namespace)} is not a valid namespace: it ${problem}`,
        hint: "namespaces are DNS labels, e.g. 'team-a'",
      });
    }
  },
};
