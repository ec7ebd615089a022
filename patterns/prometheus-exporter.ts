import type { Construct } from 'constructs';
import { Adapter, type AdapterProps, type ScrapeOptions } from './adapter';
import { Handoff } from './handoff';

/** Props of a {@link PrometheusExporter}. */
export interface PrometheusExporterProps extends Omit<AdapterProps, 'image' | 'source' | 'sourceVia' | 'port' | 'scrape'> {
  /** Port of the main container's nginx `stub_status` page. @default 8080 */
  readonly statusPort?: number;
  /** Path of the `stub_status` page. @default '/stub_status' */
  readonly statusPath?: string;
  /** Port the exporter serves `/metrics` on. @default 9113 */
  readonly port?: number;
  /** Prometheus scrape annotations on the pod (opt-in). @default false */
  readonly scrape?: boolean | ScrapeOptions;
  /** Exporter image. @default 'nginx/nginx-prometheus-exporter:1.3.0' */
  readonly image?: string;
}

/** The default image of {@link PrometheusExporter}. */
export const NGINX_EXPORTER_IMAGE = 'nginx/nginx-prometheus-exporter:1.3.0';

/**
 * An adapter that turns nginx's `stub_status` page, read on localhost, into Prometheus
 * metrics on a named port (`metrics`, 9113 by default), with nginx-prometheus-exporter. The
 * main container must serve `stub_status` on `statusPort` (an nginx `location` with the
 * `stub_status` directive; the official nginx image has the module).
 *
 * @example
 * new PrometheusExporter(web, 'metrics', { statusPort: 8080, scrape: true });
 */
export class PrometheusExporter extends Adapter {
  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the exporter container's name unless `name` is given
   * @param props where nginx serves its status, and where the exporter serves metrics
   */
  public constructor(scope: Construct, id: string, props: PrometheusExporterProps = {}) {
    const { statusPort, statusPath, port, image, ...adapter } = props;
    const metricsPort = port ?? 9113;
    super(scope, id, {
      ...adapter,
      image: image ?? NGINX_EXPORTER_IMAGE,
      source: { port: statusPort ?? 8080, path: statusPath ?? '/stub_status' },
      sourceVia: Handoff.args((url) => [`--nginx.scrape-uri=${url}`, ...(metricsPort === 9113 ? [] : [`--web.listen-address=:${metricsPort}`])]),
      port: metricsPort,
    });
  }
}
