import { App, Chart, Cpu, Deployment, Memory, Pod, Probe, type ContainerProps, type PodSpecProps } from '../../../lib';
import { Sidecar } from '../../../patterns';
import { containerFixed, deploymentFixed, labelsOf, nameOf, nodeSelector, podFixed } from './spec';

function containers(): ContainerProps[] {
  return [
    {
      name: 'web',
      image: 'nginx:1.27',
      ...containerFixed(),
      ports: [{ containerPort: 80 }],
      livenessProbe: Probe.httpGet(80, { path: '/healthz', scheme: 'HTTP', periodSeconds: 10, failureThreshold: 3 }),
      startupProbe: Probe.tcpSocket(80, { failureThreshold: 3 }),
      resources: { requests: { cpu: Cpu.millis(100), memory: Memory.mebibytes(128) }, limits: { cpu: Cpu.millis(500), memory: Memory.mebibytes(256) } },
    },
    {
      name: 'worker',
      image: 'busybox:1.36',
      ...containerFixed(),
      command: ['sh', '-c', 'while true; do sleep 5; done'],
      ports: [{ containerPort: 9090 }],
      livenessProbe: Probe.exec(['cat', '/tmp/healthy'], { failureThreshold: 3 }),
      startupProbe: Probe.tcpSocket(9090, { failureThreshold: 3 }),
      resources: { requests: { cpu: Cpu.millis(50), memory: Memory.mebibytes(64) }, limits: { cpu: Cpu.millis(200), memory: Memory.mebibytes(128) } },
    },
  ];
}

function podSpec(): PodSpecProps {
  return { ...podFixed(), nodeSelector: nodeSelector(), containers: containers() };
}

/** podsmith: Pods and Deployments with a Sidecar pattern, synthesized by podsmith's App. */
export function runPodsmith(count: number, outdir: string, validate: boolean): void {
  const app = new App({ outdir, validate });
  const chart = new Chart(app, 'bench', { disableResourceNameHashes: true });
  for (let index = 0; index < count; index++) {
    if (index % 2 === 0) {
      new Pod(chart, nameOf(index), { metadata: { labels: labelsOf(index) }, ...podSpec() });
      continue;
    }
    const deployment = new Deployment(chart, nameOf(index), {
      ...deploymentFixed(),
      replicas: 2,
      template: { metadata: { labels: labelsOf(index) }, ...podSpec() },
    });
    new Sidecar(deployment, 'log-shipper', {
      image: 'fluent/fluent-bit:3.1',
      ...containerFixed(),
      resources: { requests: { cpu: Cpu.millis(10), memory: Memory.mebibytes(32) }, limits: { cpu: Cpu.millis(100), memory: Memory.mebibytes(64) } },
      shares: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true, mainReadOnly: false },
    });
  }
  app.synth();
  if (process.exitCode) throw new Error('podsmith synth reported errors');
}
