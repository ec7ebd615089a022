/**
 * `rbac/role-rules`: each rule of a Role or ClusterRole has verbs; a resource rule names
 * API groups and resources; a non-resource-URL rule sets nothing else and only a
 * ClusterRole may have one.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, isObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';

/** Follows rbac ValidateRole / ValidateClusterRole (ValidatePolicyRule). */
export const rbacRoleRules: ObjectRule = {
  id: 'rbac/role-rules',
  kinds: ['Role', 'ClusterRole'],
  check(object, ctx) {
    const namespaced = kindOf(object) === 'Role';
    (getArray(object, 'rules') ?? []).forEach((rule, i) => {
      if (!isObject(rule)) return;
      const path = indexPath('rules', i);
      const count = (field: string) => getArray(rule, field)?.length ?? 0;
      if (count('verbs') === 0) ctx.report({ fieldPath: childPath(path, 'verbs'), message: 'a policy rule needs at least one verb', hint: "list verbs, e.g. ['get', 'list', 'watch'] (or ['*'])" });
      if (count('nonResourceURLs') > 0) {
        if (namespaced) {
          ctx.report({ fieldPath: childPath(path, 'nonResourceURLs'), message: 'a Role cannot grant non-resource URLs', hint: 'grant non-resource URLs in a ClusterRole' });
        }
        if (count('apiGroups') > 0 || count('resources') > 0 || count('resourceNames') > 0) {
          ctx.report({ fieldPath: childPath(path, 'nonResourceURLs'), message: 'a rule cannot grant both resources and non-resource URLs', hint: 'split it into two rules' });
        }
        return;
      }
      if (count('apiGroups') === 0) ctx.report({ fieldPath: childPath(path, 'apiGroups'), message: 'a resource rule needs at least one API group', hint: "use [''] for the core group, e.g. for pods" });
      if (count('resources') === 0) ctx.report({ fieldPath: childPath(path, 'resources'), message: 'a resource rule needs at least one resource', hint: "list resources, e.g. ['pods']" });
    });
  },
};
