import { describe, expect, it } from 'vitest';
import { statefulSetVolumeClaimTemplates } from './statefulset-volume-claim-templates';
import { type Expected, expected, run, statefulSet } from './testkit';

const claim = (patch: Record<string, unknown> = {}) => ({
  metadata: { name: 'data' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  ...patch,
});
const withClaims = (...claims: unknown[]) => statefulSet({ spec: { volumeClaimTemplates: claims } });
const T0 = 'spec.volumeClaimTemplates[0]';

describe('statefulset/volume-claim-templates', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', statefulSet(), []],
    ['valid', withClaims(claim()), []],
    ['no name', withClaims(claim({ metadata: {} })), [[`${T0}.metadata.name`]]],
    ['dotted name', withClaims(claim({ metadata: { name: 'data.db' } })), [[`${T0}.metadata.name`]]],
    ['duplicate names', withClaims(claim(), claim()), [['spec.volumeClaimTemplates[1].metadata.name']]],
    ['no spec', withClaims({ metadata: { name: 'data' } }), [[`${T0}.spec`]]],
    ['no access modes', withClaims(claim({ spec: { resources: { requests: { storage: '1Gi' } } } })), [[`${T0}.spec.accessModes`]]],
    ['unknown access mode', withClaims(claim({ spec: { accessModes: ['ReadWriteSometimes'], resources: { requests: { storage: '1Gi' } } } })), [[`${T0}.spec.accessModes[0]`]]],
    ['no storage request', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'] } })), [[`${T0}.spec.resources.requests[storage]`]]],
    ['storage from a data source', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], dataSource: { kind: 'VolumeSnapshot', name: 's' } } })), []],
    ['zero storage', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '0Gi' } } } })), [[`${T0}.spec.resources.requests[storage]`]]],
    ['negative storage', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: -1 } } } })), [[`${T0}.spec.resources.requests[storage]`]]],
  ])('%s', (_name, object, list) => expect(run(statefulSetVolumeClaimTemplates, object)).toEqual(expected(list)));
});
