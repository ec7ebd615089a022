import type { Construct } from 'constructs';
import { PodsmithUsageError } from '../lib/errors';
import type * as k8s from '../lib/k8s/types.generated';
import { isPortNumber, withAdditions } from './container-additions';
import { Handoff } from './handoff';
import type { SharedVolume } from './shared-volume';
import { Sidecar, type SidecarProps } from './sidecar';

/** The main container's output read over localhost: a port it serves, and a path on it. */
export interface LocalPortSource {
  /** Port the main container serves its output on, e.g. `8080` for nginx's `stub_status`. */
  readonly port: number;
  /** Path of the output, e.g. `/stub_status`. @default '/' */
  readonly path?: string;
  /** URL scheme. @default 'http' */
  readonly scheme?: 'http' | 'https';
}

/** The main container's output read from files it writes into a volume shared with the adapter. */
export interface VolumeSource {
  /** The shared volume: declared once, mounted into both containers. */
  readonly share: SharedVolume;
}

/** Where an adapter reads the main container's output. */
export type AdapterSource = LocalPortSource | VolumeSource;

/** Opt-in Prometheus scrape annotations on the pod metadata. */
export interface ScrapeOptions {
  /** Path Prometheus scrapes on the adapter's port. @default '/metrics' */
  readonly path?: string;
}

/** Props of an {@link Adapter}. */
export interface AdapterProps extends Omit<SidecarProps, 'shares'> {
  /** Where the adapter reads the main container's output: a localhost port or a shared volume. */
  readonly source: AdapterSource;
  /**
   * How the adapter learns its source: the URL (`http://localhost:8080/stub_status`) for a
   * port source, the adapter's mount path for a volume source.
   * @default Handoff.env('SOURCE')
   */
  readonly sourceVia?: Handoff;
  /** Port the adapter serves the converted output on, declared on its container. */
  readonly port: number;
  /** Name of that port (an IANA service name, at most 15 characters). @default 'metrics' */
  readonly portName?: string;
  /**
   * Add `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path` to the pod's
   * annotations: `true` or options. An explicit opt-in; nothing is added otherwise.
   * @default false
   */
  readonly scrape?: boolean | ScrapeOptions;
  /** More volumes to share with the main container. @default none */
  readonly shares?: SharedVolume | readonly SharedVolume[];
}

/** The URL of a localhost port source. */
export function sourceUrl(source: LocalPortSource): string {
  const path = source.path ?? '/';
  return `${source.scheme ?? 'http'}://localhost:${source.port}${path.startsWith('/') ? '' : '/'}${path}`;
}

function isPortSource(source: AdapterSource): source is LocalPortSource {
  return (source as LocalPortSource).port !== undefined;
}

/**
 * A helper that presents the main container's output in another form on its own port: a
 * status page turned into Prometheus metrics, logs turned into a stream. It reads its source
 * over localhost (a port of the main container) or from a shared volume, and serves on a
 * named port of its own. Like every {@link Sidecar}, it runs as a native sidecar from
 * Kubernetes 1.29 unless `native: false`.
 *
 * @example
 * new Adapter(web, 'metrics', {
 *   image: 'nginx/nginx-prometheus-exporter:1.3.0',
 *   source: { port: 8080, path: '/stub_status' },
 *   sourceVia: Handoff.args((url) => [`--nginx.scrape-uri=${url}`]),
 *   port: 9113,
 *   scrape: true,
 * });
 */
export class Adapter extends Sidecar {
  /** Where the adapter reads the main container's output. */
  public readonly source: AdapterSource;
  /** Port the adapter serves on. */
  public readonly port: number;
  /** Whether the pattern added Prometheus scrape annotations. */
  public readonly scrapes: boolean;

  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the adapter container's name unless `name` is given
   * @param props the adapter container, its source and its port
   */
  public constructor(scope: Construct, id: string, props: AdapterProps) {
    super(scope, id, Adapter.sidecarProps(scope, id, props));
    this.source = props.source;
    this.port = props.port;
    this.scrapes = props.scrape !== undefined && props.scrape !== false;
    if (this.scrapes) {
      const path = typeof props.scrape === 'object' ? (props.scrape.path ?? '/metrics') : '/metrics';
      const metadata = this.host.podMetadata;
      metadata.addAnnotation('prometheus.io/scrape', 'true');
      metadata.addAnnotation('prometheus.io/port', String(props.port));
      metadata.addAnnotation('prometheus.io/path', path);
    }
  }

  protected override checkWiring(spec: k8s.PodSpec): string[] {
    const errors = super.checkWiring(spec);
    if (this.scrapes) {
      const patterns = Sidecar.of(this.host);
      const earlier = patterns.slice(0, patterns.indexOf(this)).find((p) => p instanceof Adapter && p.scrapes);
      if (earlier) {
        errors.push(`scrape: pattern ${earlier.node.path} already sets the pod's prometheus.io annotations, which name one port per pod; set scrape on one adapter only, and scrape the other through your Prometheus configuration`);
      }
    }
    return errors;
  }

  private static sidecarProps(scope: Construct, id: string, props: AdapterProps): SidecarProps {
    const where = `${scope.node.path ? `${scope.node.path}/` : ''}${id} (Adapter)`;
    const { source, sourceVia, port, portName, scrape: _scrape, shares, ...sidecar } = props;
    if (!isPortNumber(port)) throw new PodsmithUsageError(where, 'port', `must be a port number from 1 to 65535 (got ${String(port)})`);
    if (source === undefined || (!isPortSource(source) && (source as VolumeSource).share === undefined)) {
      throw new PodsmithUsageError(where, 'source', 'needs where the adapter reads the main container\'s output: { port, path } or { share: { volume, mountPath } }');
    }
    const extraShares = shares === undefined ? [] : Array.isArray(shares) ? (shares as readonly SharedVolume[]) : [shares as SharedVolume];
    let value: string;
    let allShares: SharedVolume[] = [...extraShares];
    if (isPortSource(source)) {
      if (!isPortNumber(source.port)) throw new PodsmithUsageError(where, 'source.port', `must be a port number from 1 to 65535 (got ${String(source.port)})`);
      if (source.port === port) {
        throw new PodsmithUsageError(where, 'port', `${port} is the source port the adapter reads from; containers of a pod share one network namespace, so serve on another port`);
      }
      value = sourceUrl(source);
    } else {
      allShares = [source.share, ...extraShares];
      value = source.share.mountPath;
    }
    const handed = (sourceVia ?? Handoff.env('SOURCE')).deliver(value);
    const containerPort: k8s.ContainerPort = { name: portName ?? 'metrics', containerPort: port };
    return {
      ...withAdditions(sidecar, { ports: [containerPort], env: handed.env, args: handed.args }),
      ...(allShares.length > 0 ? { shares: allShares } : {}),
    };
  }
}
