import type { Construct } from 'constructs';
import { PodsmithUsageError } from '../lib/errors';
import type * as k8s from '../lib/k8s/types.generated';
import { envNameFromId, isPortNumber, withAdditions } from './container-additions';
import { Handoff } from './handoff';
import { Sidecar, type SidecarProps } from './sidecar';

/** Props of an {@link Ambassador}. */
export interface AmbassadorProps extends SidecarProps {
  /** TCP port the proxy listens on, on localhost; declared on its container. */
  readonly listen: number;
  /** Name of the listening port (an IANA service name, at most 15 characters). @default not set (the port is declared without a name) */
  readonly portName?: string;
  /** The remote service the proxy forwards to, e.g. `redis.prod.svc.cluster.local:6379`. */
  readonly upstream: string;
  /**
   * How the proxy learns its upstream.
   * @default Handoff.env('UPSTREAM')
   */
  readonly upstreamVia?: Handoff;
  /**
   * Environment variable that hands the main container the proxy's address, `<addressHost>:<listen>`.
   * @default the construct id in upper case with `_ADDR`, e.g. `REDIS_ADDR` for id `redis`
   */
  readonly addressEnv?: string;
  /**
   * Host part of the address handed to the main container. Use `127.0.0.1` when the proxy
   * binds IPv4 loopback only: `localhost` may resolve to `::1` first.
   * @default 'localhost'
   */
  readonly addressHost?: string;
}

/**
 * A local proxy the main container reaches on localhost, which forwards to a remote service
 * (sharding, failover, TLS or auth live in the proxy, not in the application). The pattern
 * hands the main container the address (`REDIS_ADDR=localhost:6379`), hands the proxy its
 * upstream (env or args) and declares the port it listens on, so that a port clash with
 * another container of the pod is reported at synth (a warning) with the pattern's path.
 *
 * As a native sidecar (Kubernetes 1.29 and later, unless `native: false`) the proxy starts
 * before the main container: give it a `startupProbe` (e.g. `Probe.tcpSocket(listen)`) and
 * the main container starts only once the proxy accepts connections.
 *
 * @example
 * new Ambassador(app, 'redis', {
 *   image: 'alpine/socat:1.8.0.3',
 *   listen: 6379,
 *   upstream: 'redis.prod.svc.cluster.local:6379',
 *   upstreamVia: Handoff.args((upstream) => ['TCP-LISTEN:6379,fork,reuseaddr,bind=127.0.0.1', `TCP:${upstream}`]),
 * });
 */
export class Ambassador extends Sidecar {
  /** Port the proxy listens on. */
  public readonly listen: number;
  /** The remote service the proxy forwards to. */
  public readonly upstream: string;
  /** The address the main container uses, `<addressHost>:<listen>`, e.g. `localhost:6379`. */
  public readonly address: string;
  /** The environment variable of the main container that holds {@link address}. */
  public readonly addressEnv: string;

  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the proxy container's name unless `name` is given
   * @param props the proxy container, its port and its upstream
   */
  public constructor(scope: Construct, id: string, props: AmbassadorProps) {
    super(scope, id, Ambassador.sidecarProps(scope, id, props));
    this.listen = props.listen;
    this.upstream = props.upstream;
    this.address = `${props.addressHost ?? 'localhost'}:${props.listen}`;
    this.addressEnv = props.addressEnv ?? envNameFromId(id, 'ADDR');
    this.handToMain({ name: this.addressEnv, value: this.address }, 'addressEnv');
  }

  private static sidecarProps(scope: Construct, id: string, props: AmbassadorProps): SidecarProps {
    const where = `${scope.node.path ? `${scope.node.path}/` : ''}${id} (Ambassador)`;
    const { listen, portName, upstream, upstreamVia, addressEnv, addressHost, ...sidecar } = props;
    if (!isPortNumber(listen)) throw new PodsmithUsageError(where, 'listen', `must be a port number from 1 to 65535 (got ${String(listen)})`);
    if (typeof upstream !== 'string' || upstream.trim() === '') {
      throw new PodsmithUsageError(where, 'upstream', 'needs the remote service the proxy forwards to, e.g. "redis.prod.svc.cluster.local:6379"');
    }
    const password = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:([^/@\s]+)@/i.exec(upstream)?.[1];
    if (password !== undefined && !/^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(password)) {
      throw new PodsmithUsageError(
        where,
        'upstream',
        'holds a password, which would be written into the manifest in clear text; read it from a Secret into the helper\'s env ' +
          "(env: [Env.fromSecretKey('REDIS_PASSWORD', 'redis-auth', 'password')]) and write it as $(REDIS_PASSWORD) in the upstream",
      );
    }
    if (addressEnv !== undefined && addressEnv.trim() === '') {
      throw new PodsmithUsageError(where, 'addressEnv', 'needs a non-empty environment variable name, e.g. "REDIS_ADDR"; leave it unset for the default');
    }
    if (addressHost !== undefined && addressHost.trim() === '') {
      throw new PodsmithUsageError(where, 'addressHost', 'needs a loopback host such as "localhost" or "127.0.0.1"; leave it unset for the default');
    }
    const handed = (upstreamVia ?? Handoff.env('UPSTREAM')).deliver(upstream);
    const port: k8s.ContainerPort = { ...(portName !== undefined ? { name: portName } : {}), containerPort: listen };
    return withAdditions(sidecar, { ports: [port], env: handed.env, args: handed.args });
  }
}
