import { describe, expect, it } from 'vitest';
import { TypeScriptPrinter } from './emit-ts';
import type { JsonRecord } from './json-record';
import { ConstructIds, VariableNames } from './names';
import { planObject } from './object-plan';

/** The code planned for `manifest` in a chart `chart`, or the problem. */
function plan(manifest: unknown, kubernetesVersion?: string): string {
  const result = planObject(manifest as JsonRecord, { chartVariable: 'chart', ids: new ConstructIds(), variables: new VariableNames(['chart', 'app']), kubernetesVersion });
  return 'problem' in result ? `problem: ${result.problem}` : new TypeScriptPrinter().statements(result.statements);
}

const nginx = { name: 'nginx', image: 'nginx:1.27' };
const pod = (spec: object, metadata: object = { name: 'web' }) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec });

const shipperArgs = ['-i', 'tail', '-p', 'path=/logs/*.log', '-p', 'read_from_head=true', '-p', 'refresh_interval=1', '-o', 'stdout'];
const shipper = (extra: object = {}) => ({
  name: 'log-shipper',
  image: 'fluent/fluent-bit:3.1',
  command: ['/fluent-bit/bin/fluent-bit'],
  args: shipperArgs,
  restartPolicy: 'Always',
  volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }],
  ...extra,
});
const nginxWithLogs = { ...nginx, volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }] };

describe('planObject: constructs', () => {
  it('writes a plain Pod with its name as the construct id', () => {
    expect(plan(pod({ containers: [nginx] }))).toBe("new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });");
  });

  it('keeps metadata.name when the id cannot be the name', () => {
    const code = plan(pod({ containers: [nginx] }, { name: 'a/b' }));
    expect(code).toContain("new Pod(chart, 'pod', {");
    expect(code).toContain("metadata: { name: 'a/b' }");
  });

  it('removes the name the construct sets when the object has only generateName', () => {
    expect(plan(pod({ containers: [nginx] }, { generateName: 'web-' }))).toBe(
      [
        "const web = new Pod(chart, 'web', {",
        "  metadata: { generateName: 'web-' },",
        "  containers: [{ name: 'nginx', image: 'nginx:1.27' }],",
        '});',
        "web.addJsonPatch(JsonPatch.remove('/metadata/name'));",
      ].join('\n'),
    );
  });

  it('restores empty metadata maps that cdk8s leaves out', () => {
    const code = plan(pod({ containers: [nginx] }, { name: 'web', labels: {}, annotations: {} }));
    expect(code).toContain("web.addJsonPatch(JsonPatch.add('/metadata/labels', {}), JsonPatch.add('/metadata/annotations', {}));");
  });

  it('leaves out a selector that the workload derives from the template labels', () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [nginx] } };
    const derived = plan({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template } });
    expect(derived).not.toContain('selector');
    expect(derived).toContain("new Deployment(chart, 'web', {");
    const other = plan({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' }, matchExpressions: [] }, template } });
    expect(other).toContain('selector: { matchLabels: { app: \'web\' }, matchExpressions: [] }');
  });

  it('reads what kubectl create --dry-run writes: null timestamps left out, status patched back', () => {
    const code = plan({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { creationTimestamp: null, labels: { app: 'web' }, name: 'web' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, strategy: {}, template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] } } },
      status: {},
    });
    expect(code).toBe(
      [
        "const web = new Deployment(chart, 'web', {",
        "  metadata: { labels: { app: 'web' } },",
        '  replicas: 1,',
        '  strategy: {},',
        '  template: {',
        "    metadata: { labels: { app: 'web' } },",
        "    containers: [{ name: 'nginx', image: 'nginx', resources: {} }],",
        '  },',
        '});',
        "web.addJsonPatch(JsonPatch.add('/status', {}));",
      ].join('\n'),
    );
  });

  it('splits a CronJob into its fields, the job template and the pod template', () => {
    const code = plan({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 3 * * *', jobTemplate: { metadata: { labels: { team: 'a' } }, spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [nginx] } } } } },
    });
    expect(code).toBe(
      [
        "new CronJob(chart, 'nightly', {",
        "  schedule: '0 3 * * *',",
        "  jobTemplate: { metadata: { labels: { team: 'a' } }, spec: { backoffLimit: 2 } },",
        "  template: { restartPolicy: 'Never', containers: [{ name: 'nginx', image: 'nginx:1.27' }] },",
        '});',
      ].join('\n'),
    );
  });
});

describe('planObject: raw ApiObject', () => {
  it('writes other kinds as an ApiObject with every field', () => {
    expect(plan({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }] } })).toBe(
      [
        "new ApiObject(chart, 'web', {",
        "  apiVersion: 'v1',",
        "  kind: 'Service',",
        "  metadata: { name: 'web' },",
        '  spec: { ports: [{ port: 80 }] },',
        '});',
      ].join('\n'),
    );
  });

  it('adds a top-level field the construct does not write (status) with a JSON patch', () => {
    expect(plan({ ...pod({ containers: [nginx] }), status: {} })).toBe(
      [
        "const web = new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });",
        "web.addJsonPatch(JsonPatch.add('/status', {}));",
      ].join('\n'),
    );
  });

  it('falls back to an ApiObject when the construct refuses the object (a Job without restartPolicy)', () => {
    const code = plan({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [nginx] } } } });
    expect(code).toContain("new ApiObject(chart, 'j', {");
  });

  it('reports an object that no form reproduces', () => {
    expect(plan({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', ownerReferences: [{}] } })).toMatch(/^problem: the rendered object differs: metadata\.ownerReferences\[0\]/);
  });
});

describe('planObject: patterns', () => {
  it('reads a native Fluent Bit sidecar as a LogShipper that declares and mounts the log volume', () => {
    const code = plan(pod({ containers: [nginxWithLogs], initContainers: [shipper()], volumes: [{ name: 'logs', emptyDir: {} }] }));
    expect(code).toBe(
      [
        "const web = new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });",
        "new LogShipper(web, 'log-shipper', { logs: { volume: 'logs', mainMountPath: '/var/log/nginx' } });",
      ].join('\n'),
    );
  });

  it('reads a regular-container log shipper with its output and tail settings, as native: false', () => {
    const args = ['-i', 'tail', '-p', 'path=/var/log/app/*.txt', '-p', 'read_from_head=false', '-p', 'refresh_interval=1', '-o', 'forward', '-p', 'host=fluentd', '-p', 'port=24224'];
    const helper = { ...shipper({ args, volumeMounts: [{ name: 'logs', mountPath: '/var/log/app', readOnly: true }] }), restartPolicy: undefined };
    delete helper.restartPolicy;
    const code = plan(pod({ containers: [nginxWithLogs, helper], volumes: [{ name: 'logs', emptyDir: {} }] }));
    expect(code).toContain("new LogShipper(web, 'log-shipper', {");
    expect(code).toContain("logs: { volume: 'logs', mainMountPath: '/var/log/nginx', mountPath: '/var/log/app' },");
    expect(code).toContain("files: '*.txt',");
    expect(code).toContain("tail: { read_from_head: 'false' },");
    expect(code).toContain("output: { name: 'forward', properties: { host: 'fluentd', port: '24224' } },");
    expect(code).toContain('native: false,');
  });

  it('reads any native sidecar as a Sidecar sharing the volumes it mounts with the main container', () => {
    const helper = { name: 'sync', image: 'git-sync:4', restartPolicy: 'Always', volumeMounts: [{ name: 'content', mountPath: '/git' }] };
    const main = { ...nginx, volumeMounts: [{ name: 'content', mountPath: '/usr/share/nginx/html', readOnly: true }] };
    const code = plan(pod({ containers: [main], initContainers: [helper], volumes: [{ name: 'content', emptyDir: { medium: 'Memory' } }] }));
    expect(code).toBe(
      [
        "const web = new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });",
        "new Sidecar(web, 'sync', {",
        "  image: 'git-sync:4',",
        '  shares: {',
        "    volume: 'content',",
        "    mountPath: '/git',",
        "    mainMountPath: '/usr/share/nginx/html',",
        '    mainReadOnly: true,',
        "    source: { emptyDir: { medium: 'Memory' } },",
        '  },',
        '});',
      ].join('\n'),
    );
  });

  it('leaves the volume to the pod when the pattern would declare it in another place', () => {
    const helper = { name: 'sync', image: 'git-sync:4', restartPolicy: 'Always', volumeMounts: [{ name: 'content', mountPath: '/git' }] };
    const main = { ...nginx, volumeMounts: [{ name: 'content', mountPath: '/html' }] };
    const code = plan(pod({ containers: [main], initContainers: [helper], volumes: [{ name: 'content', emptyDir: {} }, { name: 'other', emptyDir: {} }] }));
    expect(code).toContain("volumes: [Volume.emptyDir('content'), Volume.emptyDir('other')]");
    expect(code).toContain("shares: { volume: 'content', mountPath: '/git', mainMountPath: '/html' }");
  });

  it('attaches a native sidecar for Kubernetes 1.28 only as an init container (native sidecars need 1.29)', () => {
    const code = plan(pod({ containers: [nginx], initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] }), '1.28');
    expect(code).not.toContain('Sidecar');
    expect(code).toContain("initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }]");
  });

  it('leaves a native sidecar in place when a regular init container follows it', () => {
    const code = plan(pod({ containers: [nginx], initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }, { name: 'init', image: 'busybox' }] }));
    expect(code).not.toContain('Sidecar');
  });

  it('reads a socat proxy the main container reaches through its last env entry as a RedisAmbassador', () => {
    const proxy = { name: 'redis', image: 'alpine/socat:1.8.0.3', args: ['TCP-LISTEN:6380,fork,reuseaddr,bind=127.0.0.1', 'TCP:cache.prod:6379'], ports: [{ containerPort: 6380 }], restartPolicy: 'Always' };
    const app = { ...nginx, env: [{ name: 'MODE', value: 'x' }, { name: 'CACHE', value: '127.0.0.1:6380' }] };
    expect(plan(pod({ containers: [app], initContainers: [proxy] }))).toBe(
      [
        "const web = new Pod(chart, 'web', {",
        "  containers: [{ name: 'nginx', image: 'nginx:1.27', env: [{ name: 'MODE', value: 'x' }] }],",
        '});',
        "new RedisAmbassador(web, 'redis', {",
        "  upstream: 'cache.prod:6379',",
        '  listen: 6380,',
        "  addressEnv: 'CACHE',",
        '});',
      ].join('\n'),
    );
  });

  it('reads an nginx exporter on the main container\'s stub_status as a PrometheusExporter, also as a regular container', () => {
    const exporter = { name: 'metrics', image: 'nginx/nginx-prometheus-exporter:1.3.0', args: ['--nginx.scrape-uri=http://localhost:8081/status', '--web.listen-address=:9200'], ports: [{ name: 'prom', containerPort: 9200 }] };
    expect(plan(pod({ containers: [nginx, exporter] }))).toBe(
      [
        "const web = new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });",
        "new PrometheusExporter(web, 'metrics', {",
        '  statusPort: 8081,',
        "  statusPath: '/status',",
        '  port: 9200,',
        "  portName: 'prom',",
        '  native: false,',
        '});',
      ].join('\n'),
    );
  });

  it('leaves a second regular container alone: it is not a pattern', () => {
    expect(plan(pod({ containers: [nginx, { name: 'debug', image: 'busybox' }] }))).not.toMatch(/Sidecar|LogShipper/);
  });
});
