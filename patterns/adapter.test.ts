import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { Adapter, sourceUrl, type AdapterProps } from './adapter';
import { Handoff } from './handoff';

function pod(kubernetesVersion = '1.36'): Pod {
  return new Pod(new Chart(new App({ kubernetesVersion }), 'test', { disableResourceNameHashes: true }), 'web', {
    containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }],
  });
}

interface Rendered {
  containers: Record<string, unknown>[];
  initContainers?: Record<string, unknown>[];
  volumes?: unknown[];
}
const spec = (host: Pod): Rendered => host.toJson().spec as Rendered;
const base: AdapterProps = { image: 'exporter:1', source: { port: 8080, path: '/status' }, port: 9113 };

describe('sourceUrl', () => {
  it.each([
    [{ port: 8080 }, 'http://localhost:8080/'],
    [{ port: 8080, path: '/stub_status' }, 'http://localhost:8080/stub_status'],
    [{ port: 8080, path: 'status' }, 'http://localhost:8080/status'],
    [{ port: 8443, path: '/s', scheme: 'https' as const }, 'https://localhost:8443/s'],
  ])('%j -> %s', (source, url) => {
    expect(sourceUrl(source)).toBe(url);
  });
});

describe('Adapter wiring', () => {
  it('hands the source URL as SOURCE and declares its named port', () => {
    const host = pod();
    new Adapter(host, 'metrics', base);
    expect(spec(host).initContainers).toEqual([
      { name: 'metrics', image: 'exporter:1', ports: [{ name: 'metrics', containerPort: 9113 }], env: [{ name: 'SOURCE', value: 'http://localhost:8080/status' }], restartPolicy: 'Always' },
    ]);
  });

  it.each([
    ['env', Handoff.env('SCRAPE_URI'), { env: [{ name: 'SCRAPE_URI', value: 'http://localhost:8080/status' }] }],
    ['args', Handoff.args((url) => [`--scrape=${url}`]), { args: ['--own', '--scrape=http://localhost:8080/status'] }],
    ['none', Handoff.none(), {}],
  ])('hands the source via %s', (_case, sourceVia, expected) => {
    const host = pod();
    new Adapter(host, 'metrics', { ...base, args: _case === 'args' ? ['--own'] : undefined, sourceVia });
    const adapter = spec(host).initContainers![0];
    expect(adapter.env).toEqual((expected as { env?: unknown }).env);
    expect(adapter.args).toEqual((expected as { args?: unknown }).args);
  });

  it('names the port as asked and keeps the ports of its own first', () => {
    const host = pod();
    new Adapter(host, 'metrics', { ...base, portName: 'prom', ports: [{ name: 'health', containerPort: 8081 }] });
    expect(spec(host).initContainers![0].ports).toEqual([
      { name: 'health', containerPort: 8081 },
      { name: 'prom', containerPort: 9113 },
    ]);
  });

  it('reads a shared volume: declares it, mounts it into both, hands the mount path', () => {
    const host = pod();
    new Adapter(host, 'logs-to-metrics', { image: 'mtail:1', port: 3903, source: { share: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true } } });
    const rendered = spec(host);
    expect(rendered.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
    expect(rendered.containers[0].volumeMounts).toEqual([{ name: 'logs', mountPath: '/var/log/nginx' }]);
    expect(rendered.initContainers![0]).toMatchObject({ env: [{ name: 'SOURCE', value: '/logs' }], volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }] });
  });

  it('is a regular container before 1.29 or with native: false', () => {
    const legacy = pod('1.28');
    new Adapter(legacy, 'metrics', base);
    expect(spec(legacy).containers.map((c) => c.name)).toEqual(['nginx', 'metrics']);
    const asked = pod();
    new Adapter(asked, 'metrics', { ...base, native: false });
    expect(spec(asked).initContainers).toBeUndefined();
  });
});

describe('Adapter scrape annotations (opt-in)', () => {
  it.each([
    ['not set', undefined, undefined],
    ['false', false, undefined],
    ['true', true, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113', 'prometheus.io/path': '/metrics' }],
    ['a path', { path: '/m' }, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113', 'prometheus.io/path': '/m' }],
    ['options without a path', {}, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113', 'prometheus.io/path': '/metrics' }],
  ])('%s', (_case, scrape, annotations) => {
    const host = pod();
    const adapter = new Adapter(host, 'metrics', { ...base, scrape });
    expect((host.toJson().metadata as { annotations?: unknown }).annotations).toEqual(annotations);
    expect(adapter.scrapes).toBe(annotations !== undefined);
  });

  it('reports a second adapter that scrapes the same pod', () => {
    const host = pod();
    const first = new Adapter(host, 'a', { ...base, scrape: true });
    const second = new Adapter(host, 'b', { ...base, port: 9114, portName: 'metrics-b', scrape: true });
    expect(first.node.validate()).toEqual([]);
    expect(second.node.validate()).toEqual([
      "scrape: pattern test/web/a already sets the pod's prometheus.io annotations, which name one port per pod; set scrape on one adapter only, and scrape the other through your Prometheus configuration",
    ]);
  });
});

describe('Adapter usage errors', () => {
  it.each([
    ['a port of 0', { port: 0 }, /test\/web\/metrics \(Adapter\): port: must be a port number from 1 to 65535 \(got 0\)/],
    ['a fractional port', { port: 80.5 }, /port: must be a port number from 1 to 65535 \(got 80.5\)/],
    ['a source port out of range', { source: { port: 70000 } }, /source\.port: must be a port number from 1 to 65535 \(got 70000\)/],
    ['the source port as its own port', { source: { port: 9113 } }, /port: 9113 is the source port the adapter reads from; containers of a pod share one network namespace/],
    ['no source', { source: undefined }, /source: needs where the adapter reads the main container's output/],
    ['a source that is neither', { source: {} }, /source: needs where the adapter reads/],
  ])('refuses %s', (_case, change, message) => {
    expect(() => new Adapter(pod(), 'metrics', { ...base, ...(change as Partial<AdapterProps>) })).toThrow(message);
  });
});
