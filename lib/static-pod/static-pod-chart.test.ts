import { ApiObject, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { Chart } from '../chart';
import { Pod } from '../pod';
import { checkApp } from '../synth/synth-app';
import { planOutput } from '../synth/write';
import { YamlOutputType } from '../app';
import { StaticPodChart } from './static-pod-chart';

const web = { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] };

function files(app: App, type = YamlOutputType.FILE_PER_CHART): Array<[string, string]> {
  const checked = checkApp(app);
  return planOutput(checked.rendered, { outdir: 'dist', extension: '.k8s.yaml', type }).map((file) => [file.path, file.content]);
}

function constructErrors(app: App): readonly string[] {
  return checkApp(app).rendered.constructErrors;
}

describe('StaticPodChart', () => {
  it('writes each pod to its own file under the staticPodPath, apart from the app manifests', () => {
    const app = new App();
    const node = new StaticPodChart(app, 'node-agents');
    new Pod(node, 'static-web', { metadata: { labels: { role: 'myrole' } }, ...web });
    new Pod(node, 'node-probe', { containers: [{ name: 'probe', image: 'busybox:1.36', command: ['sleep', '3600'] }] });
    new Pod(new Chart(app, 'cluster', { disableResourceNameHashes: true }), 'api-web', web);
    const written = files(app);
    expect(written.map(([path]) => path)).toEqual([
      'dist/cluster.k8s.yaml',
      'dist/node-agents/etc/kubernetes/manifests/static-web.yaml',
      'dist/node-agents/etc/kubernetes/manifests/node-probe.yaml',
    ]);
    expect(written[1][1]).toContain('name: static-web');
    expect(written[1][1]).not.toContain('---');
    expect(written[0][1]).not.toContain('static-web');
  });

  it('keeps static pods out of the app file whatever the output type', () => {
    const app = new App();
    new Pod(new StaticPodChart(app, 'node', { staticPodPath: '/etc/kubelet.d/' }), 'static-web', web);
    new Pod(new Chart(app, 'cluster'), 'api-web', web);
    const written = files(app, YamlOutputType.FILE_PER_APP);
    expect(written.map(([path]) => path)).toEqual(['dist/app.k8s.yaml', 'dist/node/etc/kubelet.d/static-web.yaml']);
    expect(written[0][1]).not.toContain('static-web');
  });

  it('names pods after their construct ids by default', () => {
    const pod = new Pod(new StaticPodChart(Testing.app(), 'node'), 'etcd', web);
    expect(pod.name).toBe('etcd');
  });

  it('reports at synth every API object reference, with the construct path and the field', () => {
    const app = new App();
    const node = new StaticPodChart(app, 'node');
    new Pod(node, 'web', {
      serviceAccountName: 'robot',
      volumes: [{ name: 'tls', secret: { secretName: 'web-tls' } }],
      containers: [{ name: 'web', image: 'nginx:1.27', envFrom: [{ configMapRef: { name: 'settings' } }] }],
    });
    expect(constructErrors(app)).toEqual([
      '[node] node/web (Pod web): static-pod/service-account spec.serviceAccountName: a static pod cannot reference ServiceAccount "robot": the kubelet runs it without the API server (hint: remove the service account; a pod that needs the API should run as a DaemonSet instead of a static pod)',
      '[node] node/web (Pod web): static-pod/config-map spec.containers[0].envFrom[0].configMapRef: a static pod cannot reference ConfigMap "settings": the kubelet runs it without the API server (hint: put the file on the node and mount it with a hostPath volume, or set the values with env)',
      '[node] node/web (Pod web): static-pod/secret spec.volumes[0].secret: a static pod cannot reference Secret "web-tls": the kubelet runs it without the API server (hint: put the file on the node and mount it with a hostPath volume, or run the pod as a DaemonSet)',
    ]);
  });

  it('follows the target version: references only newer kubelets refuse do not block an older target', () => {
    const csi = { volumes: [{ name: 'data', csi: { driver: 'disk.example.com' } }], ...web };
    const old = new App({ kubernetesVersion: '1.33' });
    new Pod(new StaticPodChart(old, 'node'), 'web', csi);
    expect(constructErrors(old)).toEqual([]);
    const current = new App({ kubernetesVersion: '1.34' });
    new Pod(new StaticPodChart(current, 'node'), 'web', csi);
    expect(constructErrors(current)).toEqual([
      '[node] node/web (Pod web): static-pod/csi-volume spec.volumes[0].csi: a static pod cannot reference CSIDriver "disk.example.com": the kubelet runs it without the API server (hint: use a hostPath volume, or run the pod as a DaemonSet)',
    ]);
  });

  it('refuses objects that are not Pods and two pods writing the same file', () => {
    const app = new App();
    const node = new StaticPodChart(app, 'node');
    new Pod(node, 'a', { metadata: { name: 'web' }, ...web });
    new Pod(node, 'b', { metadata: { name: 'web', namespace: 'kube-system' }, ...web });
    new ApiObject(node, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } });
    expect(constructErrors(app)).toEqual([
      '[node] node/b (Pod web): static-pod/file-name metadata.name: writes web.yaml, as node/a does (hint: give each static pod its own name)',
      "[node] node/settings (ConfigMap settings): static-pod/kind kind: a kubelet's staticPodPath holds Pods only, not v1/ConfigMap (hint: move the object to a regular chart, or make it a Pod)",
    ]);
  });

  it.each([
    ['a relative path', 'manifests'],
    ['a path with ..', '/etc/../tmp'],
  ])('throws at once on %s for staticPodPath', (_label, staticPodPath) => {
    expect(() => new StaticPodChart(new App(), 'node', { staticPodPath })).toThrow(`node (StaticPodChart): staticPodPath: must be an absolute path on the node without ".."`);
  });
});
