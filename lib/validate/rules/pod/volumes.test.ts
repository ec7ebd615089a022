import { describe, expect, it } from 'vitest';
import { volumes } from './volumes';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withVolumes = (vols: unknown) => ({ containers: [{ name: 'a', image: 'x' }], volumes: vols });
const V = 'spec.volumes[0]';

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
    ['a downwardAPI resource without container', withVolumes([{ name: 'd', downwardAPI: { items: [{ path: 'mem', resourceFieldRef: { resource: 'limits.memory' } }] } }]), [`error volume/source ${V}.downwardAPI.items[0].resourceFieldRef.containerName`]],
    ['a projected source with two kinds', withVolumes([{ name: 'd', projected: { sources: [{ secret: { name: 's' }, configMap: { name: 'c' } }] } }]), [`error volume/source ${V}.projected.sources[0]`]],
    ['a short-lived token', withVolumes([{ name: 'd', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 60 } }] } }]), [`error volume/source ${V}.projected.sources[0].serviceAccountToken.expirationSeconds`]],
    ['two projected files on one path', withVolumes([{ name: 'd', projected: { sources: [{ secret: { name: 's', items: [{ key: 'a', path: 'x' }] } }, { configMap: { name: 'c', items: [{ key: 'b', path: 'x' }] } }] } }]), [`error volume/item-path ${V}.projected.sources[1].configMap.items[0]`]],
    ['a good projected volume', withVolumes([{ name: 'd', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }, { configMap: { name: 'c' } }] } }]), []],
    ['an ephemeral volume without template', withVolumes([{ name: 'd', ephemeral: {} }]), [`error volume/source ${V}.ephemeral.volumeClaimTemplate`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(volumes, spec)).toEqual(expected);
  });
});
