import { describe, expect, it } from 'vitest';
import { persistentVolumeClaimSpec } from './persistent-volume-claim-spec';
import { type Expected, expected, run } from './testkit';

const claim = (spec?: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, ...(spec === undefined ? {} : { spec }) });
const rwo = (patch: Record<string, unknown> = {}) => claim({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } }, ...patch });
const STORAGE = 'spec.resources.requests[storage]';

describe('persistentvolumeclaim/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a valid claim', rwo(), []],
    ['no spec', claim(), [['spec.accessModes'], [STORAGE]]],
    ['no access modes', rwo({ accessModes: [] }), [['spec.accessModes']]],
    ['an access mode in the wrong case', rwo({ accessModes: ['ReadWriteonce'] }), [['spec.accessModes[0]']]],
    ['ReadWriteOncePod with another mode', rwo({ accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] }), [['spec.accessModes']]],
    ['no storage request', rwo({ resources: { requests: {} } }), [[STORAGE]]],
    ['a zero storage request', rwo({ resources: { requests: { storage: '0Gi' } } }), [[STORAGE]]],
    ['a negative storage request', rwo({ resources: { requests: { storage: '-1Gi' } } }), [[STORAGE]]],
    ['a bad storage class name', rwo({ storageClassName: 'Fast_SSD' }), [['spec.storageClassName']]],
    ['an empty storage class name (no class)', rwo({ storageClassName: '' }), []],
    ['a bad volume mode', rwo({ volumeMode: 'block' }), [['spec.volumeMode']]],
    ['a snapshot data source', rwo({ dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'snap' } }), []],
    ['a data source without apiGroup', rwo({ dataSource: { kind: 'VolumeSnapshot', name: 'snap' } }), [['spec.dataSource']]],
  ])('%s', (_name, object, list) => expect(run(persistentVolumeClaimSpec, object)).toEqual(expected(list)));
});
