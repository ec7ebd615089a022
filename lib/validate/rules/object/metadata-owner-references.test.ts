import { describe, expect, it } from 'vitest';
import { metadataOwnerReferences } from './metadata-owner-references';
import { type Expected, expected, run } from './testkit';

const ref = (patch: Record<string, unknown> = {}) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'a1', ...patch });
const withRefs = (...refs: unknown[]) => ({ metadata: { ownerReferences: refs } });

describe('metadata/owner-references', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', {}, []],
    ['empty list', withRefs(), []],
    ['valid reference', withRefs(ref()), []],
    ['core apiVersion', withRefs(ref({ apiVersion: 'v1', kind: 'Pod' })), []],
    ['apiVersion without version', withRefs(ref({ apiVersion: 'apps/' })), [['metadata.ownerReferences[0].apiVersion']]],
    ['apiVersion with two slashes does not parse', withRefs(ref({ apiVersion: 'example.com/v1/extra' })), [['metadata.ownerReferences[0].apiVersion']]],
    ['apiVersion of a bare word is a core version', withRefs(ref({ apiVersion: 'apps' })), []],
    ['apiVersion with an empty group', withRefs(ref({ apiVersion: '/v1', kind: 'Pod' })), []],
    ['missing fields are left to the schema', withRefs({ apiVersion: 'v1' }), []],
    ['empty kind, name and uid', withRefs({ apiVersion: 'v1', kind: '', name: '', uid: '' }), [['metadata.ownerReferences[0].kind'], ['metadata.ownerReferences[0].name'], ['metadata.ownerReferences[0].uid']]],
    ['empty apiVersion', withRefs(ref({ apiVersion: '' })), [['metadata.ownerReferences[0].apiVersion']]],
    ['event owner', withRefs(ref({ apiVersion: 'v1', kind: 'Event' })), [['metadata.ownerReferences[0]']]],
    ['event owner written with an empty group', withRefs(ref({ apiVersion: '/v1', kind: 'Event' })), [['metadata.ownerReferences[0]']]],
    ['events.k8s.io Event owner', withRefs(ref({ apiVersion: 'events.k8s.io/v1', kind: 'Event' })), []],
    ['two controllers', withRefs(ref({ controller: true }), ref({ name: 'b', uid: 'b', controller: true })), [['metadata.ownerReferences[1].controller']]],
    ['one controller', withRefs(ref({ controller: true }), ref({ name: 'b', uid: 'b', controller: false })), []],
  ])('%s', (_name, object, list) => expect(run(metadataOwnerReferences, object)).toEqual(expected(list)));
});
