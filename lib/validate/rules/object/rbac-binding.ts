/**
 * `rbac/binding`: a RoleBinding's roleRef names a Role or ClusterRole (a ClusterRoleBinding's
 * a ClusterRole) of the `rbac.authorization.k8s.io` group by a path segment name; each
 * subject has a name and is a ServiceAccount (no API group, a DNS subdomain name, and a
 * namespace when bound cluster-wide), a User or a Group (of `rbac.authorization.k8s.io`).
 * An empty API group is defaulted first, as the v1 API does.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getObject, getString, isObject } from '../../primitives/access';
import { checkDns1123Subdomain } from '../../primitives/names';
import { checkPathSegmentName } from '../../primitives/object-names';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Follows rbac ValidateRoleBinding / ValidateClusterRoleBinding and ValidateRoleBindingSubject after SetDefaults_RoleBinding and SetDefaults_Subject. */
export const rbacBinding: ObjectRule = {
  id: 'rbac/binding',
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(object, ctx) {
    const namespaced = kindOf(object) === 'RoleBinding';
    const roleRef = getObject(object, 'roleRef');
    if (roleRef !== undefined) {
      const group = getString(roleRef, 'apiGroup') || RBAC_GROUP;
      if (group !== RBAC_GROUP) ctx.report({ fieldPath: 'roleRef.apiGroup', message: `${JSON.stringify(group)} is not a supported value`, hint: `use ${RBAC_GROUP}` });
      const kind = getString(roleRef, 'kind');
      const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
      if (kind !== undefined && !kinds.includes(kind)) ctx.report({ fieldPath: 'roleRef.kind', message: `${JSON.stringify(kind)} is not a supported value`, hint: `use ${kinds.join(' or ')}` });
      const name = getString(roleRef, 'name');
      if (name !== undefined) {
        const problem = name === '' ? 'must not be empty' : checkPathSegmentName(name);
        if (problem !== undefined) ctx.report({ fieldPath: 'roleRef.name', message: `roleRef.name ${JSON.stringify(name)} ${problem}`, hint: 'name the Role or ClusterRole to bind' });
      }
    }
    (getArray(object, 'subjects') ?? []).forEach((subject, i) => {
      if (!isObject(subject)) return;
      const path = indexPath('subjects', i);
      const name = getString(subject, 'name') ?? '';
      if (name === '') ctx.report({ fieldPath: childPath(path, 'name'), message: 'a subject needs a name', hint: 'name the user, group or service account' });
      const kind = getString(subject, 'kind') ?? '';
      const group = getString(subject, 'apiGroup') ?? '';
      if (kind === 'ServiceAccount') {
        const problem = name === '' ? undefined : checkDns1123Subdomain(name);
        if (problem !== undefined) ctx.report({ fieldPath: childPath(path, 'name'), message: `service account name ${JSON.stringify(name)} ${problem}`, hint: 'use the metadata.name of the ServiceAccount' });
        if (group !== '') ctx.report({ fieldPath: childPath(path, 'apiGroup'), message: `a ServiceAccount subject has no API group (not ${JSON.stringify(group)})`, hint: 'remove apiGroup' });
        if (!namespaced && (getString(subject, 'namespace') ?? '') === '') {
          ctx.report({ fieldPath: childPath(path, 'namespace'), message: 'a ServiceAccount bound by a ClusterRoleBinding needs a namespace', hint: 'set the namespace of the ServiceAccount' });
        }
      } else if (kind === 'User' || kind === 'Group') {
        if (group !== '' && group !== RBAC_GROUP) ctx.report({ fieldPath: childPath(path, 'apiGroup'), message: `${JSON.stringify(group)} is not a supported value`, hint: `use ${RBAC_GROUP} (or leave it out)` });
      } else if (getString(subject, 'kind') !== undefined) {
        ctx.report({ fieldPath: childPath(path, 'kind'), message: `${JSON.stringify(kind)} is not a subject kind`, hint: 'use ServiceAccount, User or Group' });
      }
    });
  },
};
