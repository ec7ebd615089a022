import { describe, expect, it } from 'vitest';
import { rbacBinding } from './rbac-binding';
import { rbacRoleRules } from './rbac-role-rules';
import { type Expected, expected, run } from './testkit';

const role = (kind: string, ...rules: unknown[]) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'reader' }, rules });
const pods = { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] };

describe('rbac/role-rules', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a resource rule', role('Role', pods), []],
    ['no rules', role('Role'), []],
    ['no verbs', role('Role', { ...pods, verbs: [] }), [['rules[0].verbs']]],
    ['no API groups', role('Role', { resources: ['pods'], verbs: ['get'] }), [['rules[0].apiGroups']]],
    ['no resources', role('ClusterRole', { apiGroups: ['apps'], verbs: ['get'] }), [['rules[0].resources']]],
    ['non-resource URLs in a ClusterRole', role('ClusterRole', { nonResourceURLs: ['/healthz'], verbs: ['get'] }), []],
    ['non-resource URLs in a Role', role('Role', { nonResourceURLs: ['/healthz'], verbs: ['get'] }), [['rules[0].nonResourceURLs']]],
    ['non-resource URLs with resources', role('ClusterRole', { ...pods, nonResourceURLs: ['/metrics'] }), [['rules[0].nonResourceURLs']]],
  ])('%s', (_name, object, list) => expect(run(rbacRoleRules, object)).toEqual(expected(list)));
});

const binding = (kind: string, roleRef: Record<string, unknown>, ...subjects: unknown[]) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind,
  metadata: { name: 'read' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view', ...roleRef },
  subjects,
});
const sa = (patch: Record<string, unknown> = {}) => ({ kind: 'ServiceAccount', name: 'builder', ...patch });

describe('rbac/binding', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a RoleBinding of a ClusterRole', binding('RoleBinding', {}, sa(), { kind: 'User', name: 'jane@example.com' }, { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated' }), []],
    ['a RoleBinding of a Role without apiGroup', binding('RoleBinding', { kind: 'Role', apiGroup: '' }), []],
    ['a roleRef of another group', binding('RoleBinding', { apiGroup: 'rbac.authorization.k8s.io/v1' }), [['roleRef.apiGroup']]],
    ['a roleRef kind in the wrong case', binding('RoleBinding', { kind: 'clusterrole' }), [['roleRef.kind']]],
    ['a ClusterRoleBinding of a Role', binding('ClusterRoleBinding', { kind: 'Role' }, sa({ namespace: 'ci' })), [['roleRef.kind']]],
    ['an empty roleRef name', binding('RoleBinding', { name: '' }), [['roleRef.name']]],
    ['a roleRef name with a slash', binding('RoleBinding', { name: 'a/b' }), [['roleRef.name']]],
    ['a subject without a name', binding('RoleBinding', {}, { kind: 'User', name: '' }), [['subjects[0].name']]],
    ['a service account with an API group', binding('RoleBinding', {}, sa({ apiGroup: 'rbac.authorization.k8s.io' })), [['subjects[0].apiGroup']]],
    ['a service account with an upper-case name', binding('RoleBinding', {}, sa({ name: 'Builder' })), [['subjects[0].name']]],
    ['a cluster-wide service account without a namespace', binding('ClusterRoleBinding', {}, sa()), [['subjects[0].namespace']]],
    ['a user of another group', binding('RoleBinding', {}, { kind: 'User', apiGroup: 'example.com', name: 'jane' }), [['subjects[0].apiGroup']]],
    ['an unknown subject kind', binding('RoleBinding', {}, { kind: 'Serviceaccount', name: 'x' }), [['subjects[0].kind']]],
  ])('%s', (_name, object, list) => expect(run(rbacBinding, object)).toEqual(expected(list)));
});
