import { describe, expect, it } from 'vitest';
import { statefulSetPodManagementPolicy } from './statefulset-pod-management-policy';
import { statefulSetPvcRetentionPolicy } from './statefulset-pvc-retention-policy';
import { statefulSetServiceName } from './statefulset-service-name';
import { statefulSetUpdateStrategy } from './statefulset-update-strategy';
import { type Expected, expected, run, statefulSet } from './testkit';

describe('statefulset/pod-management-policy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['default', statefulSet(), []],
    ['Parallel', statefulSet({ spec: { podManagementPolicy: 'Parallel' } }), []],
    ['unknown', statefulSet({ spec: { podManagementPolicy: 'Random' } }), [['spec.podManagementPolicy']]],
  ])('%s', (_name, object, list) => expect(run(statefulSetPodManagementPolicy, object)).toEqual(expected(list)));
});

describe('statefulset/update-strategy', () => {
  const RU = 'spec.updateStrategy.rollingUpdate';
  it.each<[string, unknown, number, Expected[]]>([
    ['default', statefulSet(), 36, []],
    ['OnDelete', statefulSet({ spec: { updateStrategy: { type: 'OnDelete' } } }), 36, []],
    ['OnDelete with rollingUpdate', statefulSet({ spec: { updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } } }), 36, [[RU]]],
    ['unknown type', statefulSet({ spec: { updateStrategy: { type: 'Recreate' } } }), 36, [['spec.updateStrategy.type']]],
    ['partition', statefulSet({ spec: { updateStrategy: { rollingUpdate: { partition: 2 } } } }), 36, []],
    ['maxUnavailable', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } } }), 36, []],
    ['maxUnavailable 0', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } } }), 36, [[`${RU}.maxUnavailable`]]],
    ['maxUnavailable not a percentage (also read as 0)', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 'one' } } } }), 36, [[`${RU}.maxUnavailable`], [`${RU}.maxUnavailable`]]],
    ['maxUnavailable negative', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: -1 } } } }), 36, [[`${RU}.maxUnavailable`]]],
    ['maxUnavailable over 100%', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: '120%' } } } }), 35, [[`${RU}.maxUnavailable`]]],
    ['maxUnavailable before 1.35 is ignored', statefulSet({ spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } } }), 34, [[`${RU}.maxUnavailable`, 'warning']]],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(statefulSetUpdateStrategy, object, minor)).toEqual(expected(list)));
});

describe('statefulset/service-name', () => {
  it.each<[string, unknown, number, Expected[]]>([
    ['valid', statefulSet(), 36, []],
    ['absent', statefulSet({ spec: { serviceName: undefined } }), 36, []],
    ['empty', statefulSet({ spec: { serviceName: '' } }), 36, []],
    ['dotted name', statefulSet({ spec: { serviceName: 'db.main' } }), 36, [['spec.serviceName']]],
    ['dotted name in 1.33', statefulSet({ spec: { serviceName: 'db.main' } }), 33, [['spec.serviceName']]],
    ['dotted name in 1.32 warns', statefulSet({ spec: { serviceName: 'db.main' } }), 32, [['spec.serviceName', 'warning']]],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(statefulSetServiceName, object, minor)).toEqual(expected(list)));
});

describe('statefulset/pvc-retention-policy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', statefulSet(), []],
    ['valid', statefulSet({ spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } } }), []],
    ['invalid', statefulSet({ spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Keep', whenScaled: 'Remove' } } }), [['spec.persistentVolumeClaimRetentionPolicy.whenDeleted'], ['spec.persistentVolumeClaimRetentionPolicy.whenScaled']]],
  ])('%s', (_name, object, list) => expect(run(statefulSetPvcRetentionPolicy, object)).toEqual(expected(list)));
});
