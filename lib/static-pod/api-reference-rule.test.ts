import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, runPodRule, summarize } from '../validate/rules/pod/testkit';
import { staticPodApiReferences } from './api-reference-rule';

const at34 = { minor: 34 };
const at33 = { minor: 33 };

describe('static-pod/api-reference', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(staticPodApiReferences, spec, at34)).toEqual([]);
  });

  it.each([
    ['a pod without references', { containers: [{ name: 'web', image: 'nginx', env: [{ name: 'A', value: 'b' }] }] }, []],
    ['hostPath, emptyDir and downward API volumes', {
      volumes: [
        { name: 'a', hostPath: { path: '/etc/app' } },
        { name: 'b', emptyDir: {} },
        { name: 'c', downwardAPI: { items: [] } },
        { name: 'd', projected: { sources: [{ downwardAPI: { items: [] } }] } },
      ],
    }, []],
    ['an empty service account name', { serviceAccountName: '' }, []],
    ['a service account', { serviceAccountName: 'robot' }, ['error static-pod/service-account spec.serviceAccountName']],
    ['the deprecated service account field', { serviceAccount: 'robot' }, ['error static-pod/service-account spec.serviceAccount']],
    ['an image pull secret', { imagePullSecrets: [{ name: 'registry' }] }, ['error static-pod/secret spec.imagePullSecrets[0]']],
    ['env from a secret and a config map', {
      containers: [{
        name: 'web',
        env: [
          { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
          { name: 'B', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } },
          { name: 'C', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        ],
        envFrom: [{ secretRef: { name: 's' } }, { configMapRef: { name: 'c' } }],
      }],
    }, [
      'error static-pod/secret spec.containers[0].envFrom[0].secretRef',
      'error static-pod/config-map spec.containers[0].envFrom[1].configMapRef',
      'error static-pod/secret spec.containers[0].env[0].valueFrom.secretKeyRef',
      'error static-pod/config-map spec.containers[0].env[1].valueFrom.configMapKeyRef',
    ]],
    ['env of init containers', { initContainers: [{ name: 'i', envFrom: [{ secretRef: { name: 's' } }] }] }, ['error static-pod/secret spec.initContainers[0].envFrom[0].secretRef']],
    ['secret, config map and claim volumes', {
      volumes: [
        { name: 'a', secret: { secretName: 's' } },
        { name: 'b', configMap: { name: 'c' } },
        { name: 'c', persistentVolumeClaim: { claimName: 'data' } },
      ],
    }, [
      'error static-pod/secret spec.volumes[0].secret',
      'error static-pod/config-map spec.volumes[1].configMap',
      'error static-pod/persistent-volume-claim spec.volumes[2].persistentVolumeClaim',
    ]],
    ['volume sources that name a secret', {
      volumes: [
        { name: 'a', azureFile: { secretName: 's', shareName: 'x' } },
        { name: 'b', cephfs: { monitors: ['m'], secretRef: { name: 's' } } },
        { name: 'c', rbd: { image: 'i', monitors: ['m'], secretRef: { name: 's' } } },
        { name: 'd', csi: { driver: 'd', nodePublishSecretRef: { name: 's' } } },
        { name: 'e', iscsi: { targetPortal: 't', iqn: 'q', lun: 0 } },
      ],
    }, [
      'error static-pod/secret spec.volumes[0].azureFile.secretName',
      'error static-pod/secret spec.volumes[1].cephfs.secretRef',
      'error static-pod/secret spec.volumes[2].rbd.secretRef',
      'error static-pod/secret spec.volumes[3].csi.nodePublishSecretRef',
    ]],
    ['projected sources', {
      volumes: [{
        name: 'p',
        projected: {
          sources: [
            { secret: { name: 's' } },
            { configMap: { name: 'c' } },
            { serviceAccountToken: { path: 'token' } },
            { clusterTrustBundle: { signerName: 'x/y', path: 'ca' } },
            { podCertificate: { signerName: 'x/y', keyType: 'ED25519' } },
          ],
        },
      }],
    }, [
      'error static-pod/secret spec.volumes[0].projected.sources[0].secret',
      'error static-pod/config-map spec.volumes[0].projected.sources[1].configMap',
      'error static-pod/service-account-token spec.volumes[0].projected.sources[2].serviceAccountToken',
      'error static-pod/cluster-trust-bundle spec.volumes[0].projected.sources[3].clusterTrustBundle',
      'error static-pod/pod-certificate spec.volumes[0].projected.sources[4].podCertificate',
    ]],
    ['CSI, glusterfs and ephemeral volumes', {
      volumes: [
        { name: 'a', csi: { driver: 'example.com/disk' } },
        { name: 'b', glusterfs: { endpoints: 'gluster', path: 'v' } },
        { name: 'c', ephemeral: { volumeClaimTemplate: { spec: {} } } },
      ],
    }, [
      'error static-pod/csi-volume spec.volumes[0].csi',
      'error static-pod/glusterfs-volume spec.volumes[1].glusterfs',
      'error static-pod/persistent-volume-claim spec.volumes[2].ephemeral',
    ]],
    ['resource claims', { resourceClaims: [{ name: 'gpu' }] }, ['error static-pod/resource-claim spec.resourceClaims[0]']],
  ])('%s (1.34)', (_label, spec, expected) => {
    expect(summarize(staticPodApiReferences, spec, at34)).toEqual(expected);
  });

  it('warns, before 1.34, about the references only newer kubelets refuse', () => {
    const spec = {
      volumes: [
        { name: 'a', csi: { driver: 'example.com/disk' } },
        { name: 'b', projected: { sources: [{ serviceAccountToken: { path: 't' } }, { clusterTrustBundle: { signerName: 'x/y', path: 'ca' } }] } },
        { name: 'c', secret: { secretName: 's' } },
      ],
    };
    expect(summarize(staticPodApiReferences, spec, at33)).toEqual([
      'warning static-pod/csi-volume spec.volumes[0].csi',
      'warning static-pod/service-account-token spec.volumes[1].projected.sources[0].serviceAccountToken',
      'error static-pod/cluster-trust-bundle spec.volumes[1].projected.sources[1].clusterTrustBundle',
      'error static-pod/secret spec.volumes[2].secret',
    ]);
  });

  it('names the referenced object and says how to do without it', () => {
    const [finding] = runPodRule(staticPodApiReferences, { volumes: [{ name: 'tls', secret: { secretName: 'web-tls' } }] }, at34);
    expect(finding.message).toBe('a static pod cannot reference Secret "web-tls": the kubelet runs it without the API server');
    expect(finding.hint).toContain('hostPath');
    const [warning] = runPodRule(staticPodApiReferences, { volumes: [{ name: 'd', csi: { driver: 'disk.example.com' } }] }, at33);
    expect(warning.message).toBe('a static pod referencing CSIDriver "disk.example.com" is refused by kubelets from 1.34');
  });

  it('does not apply to pod templates', () => {
    expect(summarize(staticPodApiReferences, { serviceAccountName: 'robot' }, { template: true })).toEqual([]);
  });
});
