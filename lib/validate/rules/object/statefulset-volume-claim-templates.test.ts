import { describe, expect, it } from 'vitest';
import { CLAIM_TEMPLATES_VALIDATED_SINCE, statefulSetVolumeClaimTemplates } from './statefulset-volume-claim-templates';
import { type Expected, expected, run, statefulSet } from './testkit';

const claim = (patch: Record<string, unknown> = {}) => ({
  metadata: { name: 'data' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  ...patch,
});
const spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
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
    // A claim populated from a data source still needs its size (ValidatePersistentVolumeClaimSpec has no exception).
    ['storage from a data source', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 's' } } })), [[`${T0}.spec.resources.requests[storage]`]]],
    ['data source with a size', withClaims(claim({ spec: { ...spec, dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 's' } } })), []],
    ['data source of another group without apiGroup', withClaims(claim({ spec: { ...spec, dataSource: { kind: 'VolumeSnapshot', name: 's' } } })), [[`${T0}.spec.dataSource`]]],
    ['data source with an empty name', withClaims(claim({ spec: { ...spec, dataSource: { kind: 'PersistentVolumeClaim', name: '' } } })), [[`${T0}.spec.dataSource.name`]]],
    ['data source ref with an invalid apiGroup', withClaims(claim({ spec: { ...spec, dataSourceRef: { apiGroup: 'Snapshots', kind: 'VolumeSnapshot', name: 's' } } })), [[`${T0}.spec.dataSourceRef.apiGroup`]]],
    ['data source and ref that differ', withClaims(claim({ spec: { ...spec, dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'b' } } })), [[`${T0}.spec`]]],
    ['data source and ref that agree', withClaims(claim({ spec: { ...spec, dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'a' } } })), []],
    ['ReadWriteOncePod with another mode', withClaims(claim({ spec: { ...spec, accessModes: ['ReadWriteOncePod', 'ReadWriteOnce'] } })), [[`${T0}.spec.accessModes`]]],
    ['ReadWriteOncePod alone', withClaims(claim({ spec: { ...spec, accessModes: ['ReadWriteOncePod'] } })), []],
    ['invalid storage class name', withClaims(claim({ spec: { ...spec, storageClassName: 'Fast_SSD' } })), [[`${T0}.spec.storageClassName`]]],
    ['empty storage class name (no dynamic provisioning)', withClaims(claim({ spec: { ...spec, storageClassName: '' } })), []],
    ['unknown volume mode', withClaims(claim({ spec: { ...spec, volumeMode: 'Raw' } })), [[`${T0}.spec.volumeMode`]]],
    ['block volume mode', withClaims(claim({ spec: { ...spec, volumeMode: 'Block' } })), []],
    ['invalid selector', withClaims(claim({ spec: { ...spec, selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [] }] } } })), [[`${T0}.spec.selector.matchExpressions[0].values`]]],
    ['invalid volume attributes class name', withClaims(claim({ spec: { ...spec, volumeAttributesClassName: 'Gold!' } })), [[`${T0}.spec.volumeAttributesClassName`]]],
    ['zero storage', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '0Gi' } } } })), [[`${T0}.spec.resources.requests[storage]`]]],
    ['negative storage', withClaims(claim({ spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: -1 } } } })), [[`${T0}.spec.resources.requests[storage]`]]],
  ])('%s', (_name, object, list) => expect(run(statefulSetVolumeClaimTemplates, object)).toEqual(expected(list)));
});

describe('statefulset/volume-claim-templates by version', () => {
  it.each<[string, unknown, number, Expected[]]>([
    ['no access modes in 1.34', withClaims(claim({ spec: { resources: { requests: { storage: '1Gi' } } } })), 34, [[`${T0}.spec.accessModes`]]],
    ['no access modes in 1.33 (accepted; the claims fail later)', withClaims(claim({ spec: { resources: { requests: { storage: '1Gi' } } } })), 33, [[`${T0}.spec.accessModes`, 'warning']]],
    ['dotted name in 1.28', withClaims(claim({ metadata: { name: 'data.db' } })), 28, [[`${T0}.metadata.name`, 'warning']]],
    ['valid in 1.28', withClaims(claim()), 28, []],
  ])('%s', (_name, object, minor, list) => expect(run(statefulSetVolumeClaimTemplates, object, minor)).toEqual(expected(list)));

  it('is enforced from 1.34', () => expect(CLAIM_TEMPLATES_VALIDATED_SINCE).toBe(34));
});
