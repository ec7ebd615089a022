import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';
import { RedisAmbassador } from '../../patterns';

/**
 * Ambassador: the application talks to Redis at `$REDIS_ADDR` (127.0.0.1:6379); a socat proxy
 * forwards to the shared Redis service. Here the "application" pings Redis every 10 seconds.
 */
export function addRedisAmbassadorExample(app: Construct): void {
  const client = new Pod(new Chart(app, 'pattern-redis-ambassador', { disableResourceNameHashes: true }), 'cache-client', {
    metadata: { name: 'cache-client', labels: { app: 'cache-client' } },
    containers: [
      {
        name: 'app',
        image: 'redis:7.4-alpine',
        command: ['sh', '-c', 'while true; do redis-cli -u "redis://$REDIS_ADDR" ping; sleep 10; done'],
      },
    ],
  });
  new RedisAmbassador(client, 'redis', { upstream: 'redis.prod.svc.cluster.local:6379' });
}
