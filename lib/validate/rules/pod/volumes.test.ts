import { describe, expect, it } from 'vitest';
import { volumes } from './volumes';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withVolumes = (vols: unknown) => ({ containers: [{ name: 'a', image: 'x' }], volumes: vols });
const V = 'spec.volumes[0]';
const EPH_SPEC = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };

describe('volume/values', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(volumes, spec)).toEqual([]);
  });

  it.each([
    ['volumes of the wrong type', withVolumes('data'), []],
    ['a volume with only a name (defaulted to emptyDir)', withVolumes([{ name: 'data' }]), []],
    ['a missing name (the schema layer reports it)', withVolumes([{ emptyDir: {} }]), []],
    ['an empty name', withVolumes([{ name: '', emptyDir: {} }]), [`error volume/name ${V}.name`]],
    ['a bad name', withVolumes([{ name: 'Data', emptyDir: {} }]), [`error volume/name ${V}.name`]],
    ['a duplicate name', withVolumes([{ name: 'd', emptyDir: {} }, { name: 'd', emptyDir: {} }]), ['error volume/name-unique spec.volumes[1].name']],
    ['two sources', withVolumes([{ name: 'd', emptyDir: {}, configMap: { name: 'c' } }]), [`error volume/one-source ${V}.configMap`]],
    ['a negative sizeLimit', withVolumes([{ name: 'd', emptyDir: { sizeLimit: '-1Gi' } }]), [`error volume/source ${V}.emptyDir.sizeLimit`]],
    ['a good sizeLimit', withVolumes([{ name: 'd', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }]), []],
    ['a hostPath with an empty path', withVolumes([{ name: 'd', hostPath: { path: '' } }]), [`error volume/source ${V}.hostPath.path`]],
    ['a hostPath with ..', withVolumes([{ name: 'd', hostPath: { path: '/var/../etc' } }]), [`error volume/source ${V}.hostPath.path`]],
    ['a hostPath of unknown type', withVolumes([{ name: 'd', hostPath: { path: '/var/log', type: 'Dir' } }]), [`error volume/source ${V}.hostPath.type`]],
    ['a good hostPath', withVolumes([{ name: 'd', hostPath: { path: '/var/log', type: 'Directory' } }]), []],
    ['a configMap without name', withVolumes([{ name: 'd', configMap: {} }]), [`error volume/source ${V}.configMap.name`]],
    ['a configMap mode above 0777', withVolumes([{ name: 'd', configMap: { name: 'c', defaultMode: 512 } }]), [`error volume/file-mode ${V}.configMap.defaultMode`]],
    ['a configMap item with an absolute path', withVolumes([{ name: 'd', configMap: { name: 'c', items: [{ key: 'k', path: '/etc/x' }] } }]), [`error volume/item-path ${V}.configMap.items[0].path`]],
    ['a configMap item with ..', withVolumes([{ name: 'd', configMap: { name: 'c', items: [{ key: 'k', path: 'a/../../x' }] } }]), [`error volume/item-path ${V}.configMap.items[0].path`]],
    ['a configMap item starting with ..', withVolumes([{ name: 'd', configMap: { name: 'c', items: [{ key: 'k', path: '..data' }] } }]), [`error volume/item-path ${V}.configMap.items[0].path`]],
    ['a configMap item with an empty key', withVolumes([{ name: 'd', configMap: { name: 'c', items: [{ key: '', path: 'x' }] } }]), [`error volume/source ${V}.configMap.items[0].key`]],
    ['a secret without secretName', withVolumes([{ name: 'd', secret: { defaultMode: 256 } }]), [`error volume/source ${V}.secret.secretName`]],
    ['a good secret', withVolumes([{ name: 'd', secret: { secretName: 's', defaultMode: 256, items: [{ key: 'tls.crt', path: 'cert/tls.crt', mode: 292 }] } }]), []],
    ['a claim with an empty claimName', withVolumes([{ name: 'd', persistentVolumeClaim: { claimName: '' } }]), [`error volume/source ${V}.persistentVolumeClaim.claimName`]],
    ['an nfs relative path', withVolumes([{ name: 'd', nfs: { server: 'nfs', path: 'exports' } }]), [`error volume/source ${V}.nfs.path`]],
    ['a downwardAPI item without reference', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'labels' }] } }]), [`error volume/source ${V}.downwardAPI.items[0]`]],
    ['a downwardAPI labels file', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } }]), []],
    ['a downwardAPI cpu divisor of 2', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'cpu', resourceFieldRef: { containerName: 'a', resource: 'limits.cpu', divisor: '2' } }] } }]), [`error volume/source ${V}.downwardAPI.items[0].resourceFieldRef.divisor`]],
    ['a downwardAPI memory divisor of 1Mi', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'mem', resourceFieldRef: { containerName: 'a', resource: 'limits.memory', divisor: '1Mi' } }] } }]), []],
    ['a downwardAPI resource left empty', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'mem', resourceFieldRef: { containerName: 'a', resource: '' } }] } }]), [`error volume/source ${V}.downwardAPI.items[0].resourceFieldRef.resource`]],
    ['a downwardAPI resource without container is not looked at', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'x', resourceFieldRef: { resource: 'limits.foo' } }] } }]), [`error volume/source ${V}.downwardAPI.items[0].resourceFieldRef.containerName`]],
    ['a downwardAPI resource without container', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'mem', resourceFieldRef: { resource: 'limits.memory' } }] } }]), [`error volume/source ${V}.downwardAPI.items[0].resourceFieldRef.containerName`]],
    ['a projected source with two kinds', withVolumes([{ name: 'd', projected: { sources: [{ secret: { name: 's' }, configMap: { name: 'c' } }] } }]), [`error volume/source ${V}.projected.sources[0]`]],
    ['a short-lived token', withVolumes([{ name: 'd', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 60 } }] } }]), [`error volume/source ${V}.projected.sources[0].serviceAccountToken.expirationSeconds`]],
    ['two projected files on one path', withVolumes([{ name: 'd', projected: { sources: [{ secret: { name: 's', items: [{ key: 'a', path: 'x' }] } }, { configMap: { name: 'c', items: [{ key: 'b', path: 'x' }] } }] } }]), [`error volume/item-path ${V}.projected.sources[1].configMap.items[0]`]],
    ['a good projected volume', withVolumes([{ name: 'd', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }, { configMap: { name: 'c' } }] } }]), []],
    ['an iscsi iqn of no known form', withVolumes([{ name: 'd', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'target', lun: 0 } }]), [`error volume/source ${V}.iscsi.iqn`]],
    ['an iscsi eui of the wrong length', withVolumes([{ name: 'd', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'eui.123', lun: 0 } }]), [`error volume/source ${V}.iscsi.iqn`]],
    ['an iscsi lun above 255', withVolumes([{ name: 'd', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:t', lun: 256 } }]), [`error volume/source ${V}.iscsi.lun`]],
    ['iscsi CHAP without secretRef', withVolumes([{ name: 'd', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:t', lun: 1, chapAuthSession: true } }]), [`error volume/source ${V}.iscsi.secretRef`]],
    ['an iscsi initiator with a long name:portal', withVolumes([{ name: 'd'.repeat(50), iscsi: { targetPortal: '100.100.100.100:3260', iqn: 'eui.0123456789abcdef', lun: 1, initiatorName: 'eui.0123456789abcdef' } }]), [`error volume/source ${V}.name`]],
    ['a good iscsi volume', withVolumes([{ name: 'd', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:t', lun: 1, initiatorName: 'naa.' + '0'.repeat(32) } }]), []],
    ['an fc volume without targets', withVolumes([{ name: 'd', fc: {} }]), [`error volume/source ${V}.fc.targetWWNs`]],
    ['an fc volume with targetWWNs and no lun', withVolumes([{ name: 'd', fc: { targetWWNs: ['500a0982991b8dc5'] } }]), [`error volume/source ${V}.fc.lun`]],
    ['an fc volume by wwids', withVolumes([{ name: 'd', fc: { wwids: ['3600508b400105e210000900000490000'] } }]), []],
    ['a gcePersistentDisk partition above 255', withVolumes([{ name: 'd', gcePersistentDisk: { pdName: 'disk', partition: 256 } }]), [`error volume/source ${V}.gcePersistentDisk.partition`]],
    ['a quobyte registry without port', withVolumes([{ name: 'd', quobyte: { registry: 'registry', volume: 'v' } }]), [`error volume/source ${V}.quobyte.registry`]],
    ['quobyte registries with ports', withVolumes([{ name: 'd', quobyte: { registry: 'a:7861,[::1]:7861', volume: 'v' } }]), []],
    ['a flocker volume with name and UUID', withVolumes([{ name: 'd', flocker: { datasetName: 'a', datasetUUID: 'b' } }]), [`error volume/source ${V}.flocker.datasetName`]],
    ['a flexVolume option in a reserved domain', withVolumes([{ name: 'd', flexVolume: { driver: 'x/y', options: { 'Kubernetes.io/opt': 'v' } } }]), [`error volume/source ${V}.flexVolume.options[Kubernetes.io/opt]`]],
    ['a Managed azureDisk with a blob URI', withVolumes([{ name: 'd', azureDisk: { diskName: 'd', diskURI: 'https://a.blob.core.windows.net/c/d.vhd', kind: 'Managed' } }]), [`error volume/source ${V}.azureDisk.diskURI`]],
    ['a storageos volume name that is no DNS label', withVolumes([{ name: 'd', storageos: { volumeName: 'Vol_1' } }]), [`error volume/source ${V}.storageos.volumeName`]],
    ['a scaleIO volume without volumeName', withVolumes([{ name: 'd', scaleIO: { gateway: 'g', system: 's', secretRef: { name: 's' } } }]), [`error volume/source ${V}.scaleIO.volumeName`]],
    ['a cinder secretRef without name', withVolumes([{ name: 'd', cinder: { volumeID: 'id', secretRef: {} } }]), [`error volume/source ${V}.cinder.secretRef.name`]],
    ['a csi driver name with an underscore', withVolumes([{ name: 'd', csi: { driver: 'csi_driver' } }]), [`error volume/source ${V}.csi.driver`]],
    ['a csi driver name longer than 63', withVolumes([{ name: 'd', csi: { driver: 'a'.repeat(64) } }]), [`error volume/source ${V}.csi.driver`]],
    ['a csi driver name in upper case', withVolumes([{ name: 'd', csi: { driver: 'CSI.Example.com' } }]), []],
    ['a csi nodePublishSecretRef without name', withVolumes([{ name: 'd', csi: { driver: 'csi.example.com', nodePublishSecretRef: {} } }]), [`error volume/source ${V}.csi.nodePublishSecretRef.name`]],
    ['a token on the path of a projected file', withVolumes([{ name: 'd', projected: { sources: [{ secret: { name: 's', items: [{ key: 'a', path: 'token' }] } }, { serviceAccountToken: { path: 'token' } }] } }]), []],
    ['a trust bundle projection, dropped unchecked (ClusterTrustBundleProjection off by default)', withVolumes([{ name: 'd', projected: { sources: [{ clusterTrustBundle: { name: '', labelSelector: {}, path: '/ca.pem' }, secret: { name: 's' } }] } }]), []],
    ['an ephemeral template with a name', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { metadata: { name: 'x' }, spec: EPH_SPEC } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.metadata.name`]],
    ['an ephemeral template with labels', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { metadata: { labels: { app: 'a' }, name: '' }, spec: EPH_SPEC } } }]), []],
    ['an ephemeral claim without access modes', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { resources: EPH_SPEC.resources } } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.accessModes`]],
    ['an ephemeral claim with ReadWriteOncePod and another mode', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { ...EPH_SPEC, accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] } } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.accessModes`]],
    ['an ephemeral claim without storage request', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], dataSource: { kind: 'PersistentVolumeClaim', name: 'src' } } } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.resources.requests[storage]`]],
    ['an ephemeral claim of zero bytes', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { ...EPH_SPEC, resources: { requests: { storage: '0Gi' } } } } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.resources.requests[storage]`]],
    ['an ephemeral claim with a bad class, mode and data source', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { ...EPH_SPEC, storageClassName: 'Fast_SSD', volumeMode: 'Raw', dataSource: { kind: 'VolumeSnapshot', name: 's' } } } } }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.storageClassName`, `error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.volumeMode`, `error volume/source ${V}.ephemeral.volumeClaimTemplate.spec.dataSource`]],
    ['a good ephemeral claim from a snapshot', withVolumes([{ name: 'd', ephemeral: { volumeClaimTemplate: { spec: { ...EPH_SPEC, storageClassName: '', dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 's' } } } } }]), []],
    ['an image volume without reference', withVolumes([{ name: 'd', image: { pullPolicy: 'IfNotPresent' } }]), [`error volume/source ${V}.image.reference`]],
    ['an image volume with an unknown pull policy', withVolumes([{ name: 'd', image: { reference: 'busybox', pullPolicy: 'Sometimes' } }]), [`error volume/source ${V}.image.pullPolicy`]],
    ['a good image volume', withVolumes([{ name: 'd', image: { reference: 'quay.io/org/data:v1', pullPolicy: 'Always' } }]), []],
    ['an ephemeral volume without template', withVolumes([{ name: 'd', ephemeral: {} }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(volumes, spec)).toEqual(expected);
  });
});

describe('volume/values: claims of ephemeral volumes', () => {
  const eph = { volumeClaimTemplate: { spec: EPH_SPEC } };
  it.each([
    ['a claim name that is too long', 'p'.repeat(250), [{ name: 'data', ephemeral: eph }], [`error volume/source ${V}.name`]],
    ['a claim volume on the ephemeral claim', 'web', [{ name: 'data', ephemeral: eph }, { name: 'again', persistentVolumeClaim: { claimName: 'web-data' } }], ['error volume/source spec.volumes[1].persistentVolumeClaim.claimName']],
    ['another claim', 'web', [{ name: 'data', ephemeral: eph }, { name: 'other', persistentVolumeClaim: { claimName: 'web-other' } }], []],
    ['a pod without name', '', [{ name: 'data', ephemeral: eph }, { name: 'again', persistentVolumeClaim: { claimName: '-data' } }], []],
  ])('%s', (_label, podName, vols, expected) => {
    expect(summarize(volumes, withVolumes(vols), { metadata: { name: podName } })).toEqual(expected);
  });
});

describe('volume/values: image volumes of templates', () => {
  it('leaves the reference of a template to its pods', () => {
    expect(summarize(volumes, withVolumes([{ name: 'd', image: {} }]), { template: true })).toEqual([]);
  });
});

describe('volume/values: image volumes before 1.35', () => {
  const spec = withVolumes([{ name: 'd', image: { pullPolicy: 'Sometimes' } }, { name: 'd', emptyDir: {} }]);
  it('leaves them out on 1.34: the server drops them (ImageVolume off by default)', () => {
    expect(summarize(volumes, spec, { minor: 34 })).toEqual([]);
  });
  it('checks them from 1.35', () => {
    expect(summarize(volumes, spec, { minor: 35 })).toEqual([`error volume/source ${V}.image.reference`, `error volume/source ${V}.image.pullPolicy`, 'error volume/name-unique spec.volumes[1].name']);
  });
});

describe('volume/source: clusterTrustBundle projections once the feature is on by default (1.37)', () => {
  it.each([
    ['a trust bundle by name with a labelSelector', withVolumes([{ name: 'd', projected: { sources: [{ clusterTrustBundle: { name: 'b', labelSelector: {}, path: 'ca.pem' } }] } }]), [`error volume/source ${V}.projected.sources[0].clusterTrustBundle.labelSelector`]],
    ['a trust bundle with an empty name', withVolumes([{ name: 'd', projected: { sources: [{ clusterTrustBundle: { name: '', path: 'ca.pem' } }] } }]), [`error volume/source ${V}.projected.sources[0].clusterTrustBundle.name`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(volumes, spec, { minor: 37 })).toEqual(expected);
  });
});
