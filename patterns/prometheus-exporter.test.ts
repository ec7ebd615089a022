import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { NGINX_EXPORTER_IMAGE, PrometheusExporter } from './prometheus-exporter';

function pod(): Pod {
  return new Pod(new Chart(new App(), 'test', { disableResourceNameHashes: true }), 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });
}
const metadataOf = (host: Pod) => host.toJson().metadata as { annotations?: Record<string, string> };
const exporterOf = (host: Pod) => (host.toJson().spec as { initContainers: Record<string, unknown>[] }).initContainers[0];

describe('PrometheusExporter', () => {
  it('scrapes stub_status on localhost:8080 and serves metrics on 9113 by default, without annotations', () => {
    const host = pod();
    const exporter = new PrometheusExporter(host, 'metrics');
    expect(exporterOf(host)).toEqual({
      name: 'metrics',
      image: NGINX_EXPORTER_IMAGE,
      ports: [{ name: 'metrics', containerPort: 9113 }],
      args: ['--nginx.scrape-uri=http://localhost:8080/stub_status'],
      restartPolicy: 'Always',
    });
    expect(metadataOf(host).annotations).toBeUndefined();
    expect([exporter.port, exporter.source]).toEqual([9113, { port: 8080, path: '/stub_status' }]);
  });

  it.each([
    ['a status port and path', { statusPort: 8081, statusPath: '/status' }, ['--nginx.scrape-uri=http://localhost:8081/status'], 9113],
    ['another metrics port', { port: 9200 }, ['--nginx.scrape-uri=http://localhost:8080/stub_status', '--web.listen-address=:9200'], 9200],
  ])('with %s', (_case, props, args, port) => {
    const host = pod();
    new PrometheusExporter(host, 'metrics', props);
    expect(exporterOf(host)).toMatchObject({ args, ports: [{ name: 'metrics', containerPort: port }] });
  });

  it('adds scrape annotations when asked', () => {
    const host = pod();
    new PrometheusExporter(host, 'metrics', { scrape: true });
    expect(metadataOf(host).annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113', 'prometheus.io/path': '/metrics' });
  });

  it('refuses a metrics port equal to the status port', () => {
    expect(() => new PrometheusExporter(pod(), 'metrics', { statusPort: 9113 })).toThrow(/port: 9113 is the source port the adapter reads from/);
  });
});
