import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { RedisAmbassador, SOCAT_IMAGE } from './redis-ambassador';

function pod(): Pod {
  return new Pod(new Chart(new App(), 'test', { disableResourceNameHashes: true }), 'app', { containers: [{ name: 'app', image: 'app:1' }] });
}
const specOf = (host: Pod) => host.toJson().spec as { containers: Record<string, unknown>[]; initContainers: Record<string, unknown>[] };
const upstream = 'redis.prod.svc.cluster.local:6379';

describe('RedisAmbassador', () => {
  it('proxies 127.0.0.1:6379 to the upstream with socat and hands REDIS_ADDR to the main container', () => {
    const host = pod();
    const ambassador = new RedisAmbassador(host, 'redis', { upstream });
    const spec = specOf(host);
    expect(spec.initContainers).toEqual([
      {
        name: 'redis',
        image: SOCAT_IMAGE,
        ports: [{ containerPort: 6379 }],
        args: ['TCP-LISTEN:6379,fork,reuseaddr,bind=127.0.0.1', `TCP:${upstream}`],
        restartPolicy: 'Always',
      },
    ]);
    expect(spec.containers[0].env).toEqual([{ name: 'REDIS_ADDR', value: '127.0.0.1:6379' }]);
    expect(ambassador.address).toBe('127.0.0.1:6379');
  });

  it('listens where asked and hands the variable named', () => {
    const host = pod();
    new RedisAmbassador(host, 'cache', { upstream: 'cache:6380', listen: 16379, addressEnv: 'CACHE_URL_HOSTPORT', addressHost: 'localhost' });
    const spec = specOf(host);
    expect(spec.initContainers[0]).toMatchObject({ ports: [{ containerPort: 16379 }], args: ['TCP-LISTEN:16379,fork,reuseaddr,bind=127.0.0.1', 'TCP:cache:6380'] });
    expect(spec.containers[0].env).toEqual([{ name: 'CACHE_URL_HOSTPORT', value: 'localhost:16379' }]);
  });

  it.each([
    [''],
    ['redis'],
    ['redis:'],
    [':6379'],
    ['redis:0'],
    ['redis:65536'],
    ['redis:port'],
    ['redis host:6379'],
    ['redis://redis:6379'],
  ])('refuses the upstream %j', (bad) => {
    expect(() => new RedisAmbassador(pod(), 'redis', { upstream: bad })).toThrow(/test\/app\/redis \(RedisAmbassador\): upstream: must be host:port with a port from 1 to 65535/);
  });
});
