import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';
import { PrometheusExporter } from '../../patterns';

/** nginx configuration that serves `stub_status` on localhost:8080 only, written at start (no ConfigMap to ship). */
const STATUS_SERVER = 'server { listen 127.0.0.1:8080; location = /stub_status { stub_status; } }';

/**
 * Adapter: nginx's `stub_status` page, served on localhost:8080, turned into Prometheus
 * metrics on the exporter's `metrics` port (9113), with the scrape annotations opted in.
 */
export function addPrometheusExporterExample(app: Construct): void {
  const web = new Pod(new Chart(app, 'pattern-prometheus-exporter', { disableResourceNameHashes: true }), 'web', {
    metadata: { name: 'web-metrics', labels: { app: 'web' } },
    containers: [
      {
        name: 'nginx',
        image: 'nginx:1.27',
        ports: [{ containerPort: 80 }],
        command: ['sh', '-c', `echo '${STATUS_SERVER}' > /etc/nginx/conf.d/status.conf && exec nginx -g 'daemon off;'`],
      },
    ],
  });
  new PrometheusExporter(web, 'metrics', { statusPort: 8080, statusPath: '/stub_status', scrape: true });
}
