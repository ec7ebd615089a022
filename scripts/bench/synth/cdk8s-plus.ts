import { ApiObject, App, Chart, Duration, JsonPatch, Size } from 'cdk8s';
import * as plus from 'cdk8s-plus-33';
import { labelsOf, nameOf, nodeSelector } from './spec';

const SECURITY: plus.ContainerSecurityContextProps = {
  ensureNonRoot: false,
  readOnlyRootFilesystem: false,
  allowPrivilegeEscalation: false,
  privileged: false,
};

function containers(): plus.ContainerProps[] {
  return [
    {
      name: 'web',
      image: 'nginx:1.27',
      portNumber: 80,
      imagePullPolicy: plus.ImagePullPolicy.IF_NOT_PRESENT,
      liveness: plus.Probe.fromHttpGet('/healthz', { port: 80, periodSeconds: Duration.seconds(10) }),
      resources: { cpu: { request: plus.Cpu.millis(100), limit: plus.Cpu.millis(500) }, memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) } },
      securityContext: SECURITY,
    },
    {
      name: 'worker',
      image: 'busybox:1.36',
      portNumber: 9090,
      imagePullPolicy: plus.ImagePullPolicy.IF_NOT_PRESENT,
      command: ['sh', '-c', 'while true; do sleep 5; done'],
      liveness: plus.Probe.fromCommand(['cat', '/tmp/healthy']),
      resources: { cpu: { request: plus.Cpu.millis(50), limit: plus.Cpu.millis(200) }, memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) } },
      securityContext: SECURITY,
    },
  ];
}

/**
 * cdk8s-plus-33: the same objects. Its defaults are switched off through its props where it
 * has one; what it cannot leave out is written by every method (see spec.ts). Two things need
 * a JSON patch: the nodeSelector (cdk8s-plus has no prop for it) and the
 * `cdk8s.io/metadata.addr` label it adds to every pod.
 */
export function runCdk8sPlus(count: number, outdir: string): void {
  const app = new App({ outdir });
  const chart = new Chart(app, 'bench', { disableResourceNameHashes: true });
  for (let index = 0; index < count; index++) {
    const common = { automountServiceAccountToken: false, securityContext: { ensureNonRoot: false }, containers: containers() };
    if (index % 2 === 0) {
      const pod = new plus.Pod(chart, nameOf(index), { metadata: { name: nameOf(index), labels: labelsOf(index) }, ...common });
      ApiObject.of(pod).addJsonPatch(
        JsonPatch.remove('/metadata/labels/cdk8s.io~1metadata.addr'),
        JsonPatch.add('/spec/nodeSelector', nodeSelector()),
      );
      continue;
    }
    const logs = plus.Volume.fromEmptyDir(chart, `${nameOf(index)}-logs`, 'logs');
    const deployment = new plus.Deployment(chart, nameOf(index), {
      metadata: { name: nameOf(index) },
      select: false,
      replicas: 2,
      podMetadata: { labels: labelsOf(index) },
      ...common,
      initContainers: [
        {
          name: 'log-shipper',
          image: 'fluent/fluent-bit:3.1',
          imagePullPolicy: plus.ImagePullPolicy.IF_NOT_PRESENT,
          restartPolicy: plus.ContainerRestartPolicy.ALWAYS,
          resources: { cpu: { request: plus.Cpu.millis(10), limit: plus.Cpu.millis(100) }, memory: { request: Size.mebibytes(32), limit: Size.mebibytes(64) } },
          securityContext: SECURITY,
          volumeMounts: [{ path: '/logs', volume: logs, readOnly: true }],
        },
      ],
    });
    deployment.containers[0].mount('/var/log/nginx', logs);
    deployment.select(plus.LabelSelector.of({ labels: labelsOf(index) }));
    ApiObject.of(deployment).addJsonPatch(
      JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'),
      JsonPatch.add('/spec/template/spec/nodeSelector', nodeSelector()),
    );
  }
  app.synth();
}
