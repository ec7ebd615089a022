import { describe, expect, it } from 'vitest';
import { metadataName } from './metadata-name';
import { type Expected, expected, findings, run } from './testkit';

const obj = (apiVersion: string, kind: string, metadata: unknown) => ({ apiVersion, kind, metadata });

describe('metadata/name', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no metadata', { apiVersion: 'v1', kind: 'Pod' }, [['metadata.name']]],
    ['empty name', obj('v1', 'Pod', { name: '' }), [['metadata.name']]],
    ['name not a string is left to the schema', obj('v1', 'Pod', { name: 5 }), []],
    ['pod name', obj('v1', 'Pod', { name: 'web-1' }), []],
    ['pod name with dots', obj('v1', 'Pod', { name: 'web.example.com' }), []],
    ['pod name in upper case', obj('v1', 'Pod', { name: 'Web' }), [['metadata.name']]],
    ['pod name with underscore', obj('v1', 'Pod', { name: 'my_pod' }), [['metadata.name']]],
    ['pod name ending in a dash', obj('v1', 'Pod', { name: 'web-' }), [['metadata.name']]],
    ['pod name of 253 characters', obj('v1', 'Pod', { name: 'a'.repeat(253) }), []],
    ['pod name of 254 characters', obj('v1', 'Pod', { name: 'a'.repeat(254) }), [['metadata.name']]],
    ['service name starting with a digit', obj('v1', 'Service', { name: '1web' }), [['metadata.name']]],
    ['service name with a dot', obj('v1', 'Service', { name: 'web.api' }), [['metadata.name']]],
    ['service name', obj('v1', 'Service', { name: 'web-api' }), []],
    ['namespace name with a dot', obj('v1', 'Namespace', { name: 'team.a' }), [['metadata.name']]],
    ['statefulset name with a dot', obj('apps/v1', 'StatefulSet', { name: 'db.main' }), [['metadata.name']]],
    ['deployment name with a dot', obj('apps/v1', 'Deployment', { name: 'web.main' }), []],
    ['cluster role name with colons', obj('rbac.authorization.k8s.io/v1', 'ClusterRole', { name: 'system:aggregate-to-view' }), []],
    ['cluster role name with a slash', obj('rbac.authorization.k8s.io/v1', 'ClusterRole', { name: 'a/b' }), [['metadata.name']]],
    ['generateName only', obj('v1', 'Pod', { generateName: 'web-' }), []],
    ['generateName in upper case', obj('v1', 'Pod', { generateName: 'Web-' }), [['metadata.generateName']]],
    ['long generateName is truncated', obj('v1', 'Pod', { generateName: `${'a'.repeat(300)}-` }), [['metadata.generateName']]],
    ['long generateName for a label kind', obj('v1', 'Namespace', { generateName: `${'a'.repeat(100)}-` }), [['metadata.generateName']]],
    ['generateName and name', obj('v1', 'Pod', { generateName: 'web-', name: 'web-abc' }), []],
    ['lists have no name', { apiVersion: 'v1', kind: 'PodList', metadata: {} }, []],
    ['reviews have no name', { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview' }, []],
  ])('%s', (_name, object, list) => expect(run(metadataName, object)).toEqual(expected(list)));

  it('names the syntax of the kind', () => {
    expect(findings(metadataName, obj('v1', 'Service', { name: '1web' }))[0]).toMatchObject({
      message: expect.stringContaining('"1web" is not a valid Service name'),
      hint: expect.stringContaining('DNS-1035 label'),
    });
  });
});
