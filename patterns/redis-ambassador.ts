import type { Construct } from 'constructs';
import { PodsmithUsageError } from '../lib/errors';
import { Ambassador, type AmbassadorProps } from './ambassador';
import { isPortNumber } from './container-additions';
import { Handoff } from './handoff';

/** Props of a {@link RedisAmbassador}. */
export interface RedisAmbassadorProps extends Omit<AmbassadorProps, 'image' | 'listen' | 'upstreamVia' | 'command' | 'args'> {
  /** The Redis server, `host:port`, e.g. `redis.prod.svc.cluster.local:6379`. */
  readonly upstream: string;
  /** Port the proxy listens on, on localhost. @default 6379 */
  readonly listen?: number;
  /** socat image (its entrypoint is `socat`). @default 'alpine/socat:1.8.0.3' */
  readonly image?: string;
  /** Environment variable that hands the main container the address. @default 'REDIS_ADDR' */
  readonly addressEnv?: string;
  /** Host part of the address; the proxy binds IPv4 loopback, so the default avoids `localhost` resolving to `::1`. @default '127.0.0.1' */
  readonly addressHost?: string;
}

/** The default image of {@link RedisAmbassador}. */
export const SOCAT_IMAGE = 'alpine/socat:1.8.0.3';

/**
 * An ambassador to a Redis server: a socat TCP proxy bound to 127.0.0.1 (reachable from the
 * pod's containers only) that forwards every connection to `upstream`. The main container
 * connects to `$REDIS_ADDR` (`127.0.0.1:6379`); moving the server (another namespace, a
 * failover address) changes the ambassador, not the application. Configured by arguments
 * only, so it needs no ConfigMap.
 *
 * @example
 * new RedisAmbassador(app, 'redis', { upstream: 'redis.prod.svc.cluster.local:6379' });
 */
export class RedisAmbassador extends Ambassador {
  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the proxy container's name unless `name` is given
   * @param props the Redis server and the local port
   */
  public constructor(scope: Construct, id: string, props: RedisAmbassadorProps) {
    const { listen, image, addressEnv, addressHost, ...ambassador } = props;
    const port = listen ?? 6379;
    const where = `${scope.node.path ? `${scope.node.path}/` : ''}${id} (RedisAmbassador)`;
    if (typeof props.upstream !== 'string' || !/^[^\s:]+:\d+$/.test(props.upstream) || !isPortNumber(Number(props.upstream.split(':')[1]))) {
      throw new PodsmithUsageError(where, 'upstream', `must be host:port with a port from 1 to 65535, e.g. "redis.prod.svc.cluster.local:6379" (got ${JSON.stringify(props.upstream)})`);
    }
    super(scope, id, {
      ...ambassador,
      image: image ?? SOCAT_IMAGE,
      listen: port,
      upstreamVia: Handoff.args((upstream) => [`TCP-LISTEN:${port},fork,reuseaddr,bind=127.0.0.1`, `TCP:${upstream}`]),
      addressEnv: addressEnv ?? 'REDIS_ADDR',
      addressHost: addressHost ?? '127.0.0.1',
    });
  }
}
