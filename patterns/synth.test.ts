import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { Probe } from '../lib/probe';
import { SynthError } from '../lib/synth/synth-error';
import { checkApp } from '../lib/synth/synth-app';
import { Deployment } from '../lib/workloads/deployment';
import { Job } from '../lib/workloads/job';
import { Adapter } from './adapter';
import { Ambassador } from './ambassador';
import { Sidecar } from './sidecar';

/** Pattern pods as the validator sees them: what synth reports, with the construct each finding is attributed to. */

function chartFor(kubernetesVersion: string): { app: App; chart: Chart } {
  const app = new App({ kubernetesVersion });
  return { app, chart: new Chart(app, 'test', { disableResourceNameHashes: true }) };
}

function webPod(scope: Construct, port = 80): Pod {
  return new Pod(scope, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: port }] }] });
}

function synthFindings(app: App): { ruleId: string; fieldPath: string; construct: string }[] {
  try {
    app.synthYaml();
    return [];
  } catch (error) {
    if (!(error instanceof SynthError)) throw error;
    return error.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ruleId: d.ruleId, fieldPath: d.fieldPath, construct: d.construct.node.path }));
  }
}

const attachAll = (pod: Pod): void => {
  new Sidecar(pod, 'shipper', { image: 'fluent/fluent-bit:3.1', shares: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true }, startupProbe: Probe.exec(['true']) });
  new Adapter(pod, 'metrics', { image: 'nginx/nginx-prometheus-exporter:1.3.0', source: { port: 8080, path: '/stub_status' }, port: 9113, scrape: true, readinessProbe: Probe.httpGet('metrics') });
  new Ambassador(pod, 'redis', { image: 'alpine/socat:1.8.0.3', listen: 6379, upstream: 'redis:6379', livenessProbe: Probe.tcpSocket(6379) });
};

describe('pattern pods pass validation', () => {
  it.each(['1.28', '1.29', '1.33', '1.36'])('Kubernetes %s: a sidecar, an adapter and an ambassador with probes', (version) => {
    const { app, chart } = chartFor(version);
    attachAll(webPod(chart));
    expect(synthFindings(app)).toEqual([]);
  });

  it('a Job with a native sidecar is valid (the sidecar does not hold the Job open)', () => {
    const { app, chart } = chartFor('1.36');
    const job = new Job(chart, 'migrate', {
      template: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'busybox:1.36', command: ['sh', '-c', 'echo done > /logs/migrate.log'] }] },
    });
    const shipper = new Sidecar(job, 'shipper', { image: 'fluent/fluent-bit:3.1', shares: { volume: 'logs', mountPath: '/logs', readOnly: true } });
    expect(shipper.native).toBe(true);
    expect(synthFindings(app)).toEqual([]);
    const template = (job.toJson().spec as { template: { spec: { initContainers: { restartPolicy?: string }[] } } }).template.spec;
    expect(template.initContainers[0].restartPolicy).toBe('Always');
  });

  it('attaches to a Deployment template as to a Pod', () => {
    const { app, chart } = chartFor('1.36');
    const deployment = new Deployment(chart, 'web', {
      replicas: 2,
      template: { metadata: { labels: { app: 'web' } }, containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    });
    new Adapter(deployment, 'metrics', { image: 'exporter:1', source: { port: 8080 }, port: 9113, scrape: true });
    expect(synthFindings(app)).toEqual([]);
    const template = (deployment.toJson().spec as { template: { metadata: { annotations: Record<string, string> } } }).template;
    expect(template.metadata.annotations['prometheus.io/port']).toBe('9113');
  });
});

/** The warnings of the app's validation, with the construct each is attributed to; synth itself must succeed. */
function synthWarnings(app: App): { ruleId: string; fieldPath: string; construct: string; message: string }[] {
  expect(synthFindings(app)).toEqual([]);
  return checkApp(app)
    .diagnostics.filter((d) => d.severity === 'warning')
    .map((d) => ({ ruleId: d.ruleId, fieldPath: d.fieldPath, construct: d.construct.node.path, message: d.message }));
}

// The API server only warns about one port declared by two containers that run together
// (pkg/api/pod/warnings.go), so synth warns too, naming the pattern, and still writes.
describe('port clashes are warnings of ports/unique-container-port, naming the pattern', () => {
  it.each([
    ['an adapter (regular container)', (pod: Pod) => new Adapter(pod, 'metrics', { image: 'e:1', source: { port: 8080 }, port: 80, native: false }), 'spec.containers[1].ports[0].containerPort'],
    ['an ambassador (regular container)', (pod: Pod) => new Ambassador(pod, 'proxy', { image: 'p:1', listen: 80, upstream: 'x:80', native: false }), 'spec.containers[1].ports[0].containerPort'],
    ['two patterns', (pod: Pod) => {
      new Adapter(pod, 'metrics', { image: 'e:1', source: { port: 8080 }, port: 9113, native: false });
      return new Ambassador(pod, 'proxy', { image: 'p:1', listen: 9113, upstream: 'x:80', native: false });
    }, 'spec.containers[2].ports[0].containerPort'],
  ])('%s', (_case, attach, fieldPath) => {
    const { app, chart } = chartFor('1.36');
    const pattern = attach(webPod(chart));
    expect(synthWarnings(app).map(({ ruleId, fieldPath, construct }) => ({ ruleId, fieldPath, construct }))).toEqual([{ ruleId: 'ports/unique-container-port', fieldPath, construct: pattern.node.path }]);
  });

  it('a native sidecar clash is reported on the sidecar, naming the main container, and attributed to the pattern', () => {
    const { app, chart } = chartFor('1.36');
    const adapter = new Adapter(webPod(chart, 9113), 'metrics', { image: 'e:1', source: { port: 8080 }, port: 9113 });
    const [warning, ...others] = synthWarnings(app);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ ruleId: 'ports/unique-container-port', fieldPath: 'spec.initContainers[0].ports[0].containerPort', construct: adapter.node.path });
    expect(warning.message).toMatch(/^9113\/TCP is already used by container "nginx"; containers of a pod share one network namespace/);
  });
});

describe('pattern checks block synth', () => {
  it('a pattern name used twice is a construct error in the report', () => {
    const { app, chart } = chartFor('1.36');
    const pod = webPod(chart);
    new Sidecar(pod, 'a', { image: 'busybox', name: 'helper' });
    new Sidecar(pod, 'b', { image: 'busybox', name: 'helper' });
    expect(() => app.synthYaml()).toThrow(/\[test\/web\/b\] name: container name "helper" is already used by pattern test\/web\/a/);
  });
});
