import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod, type PodProps } from '../lib/pod';
import { Ambassador, type AmbassadorProps } from './ambassador';
import { Handoff } from './handoff';

function pod(props: PodProps = { containers: [{ name: 'app', image: 'app:1' }] }, kubernetesVersion = '1.36'): Pod {
  return new Pod(new Chart(new App({ kubernetesVersion }), 'test', { disableResourceNameHashes: true }), 'web', props);
}

interface Rendered {
  containers: Record<string, unknown>[];
  initContainers?: Record<string, unknown>[];
}
const spec = (host: Pod): Rendered => host.toJson().spec as Rendered;
const base: AmbassadorProps = { image: 'proxy:1', listen: 6379, upstream: 'redis.prod.svc:6379' };

describe('Ambassador wiring', () => {
  it('hands the main container the address, the proxy its upstream, and declares the listening port', () => {
    const host = pod();
    const ambassador = new Ambassador(host, 'redis', base);
    const rendered = spec(host);
    expect(rendered.containers[0].env).toEqual([{ name: 'REDIS_ADDR', value: 'localhost:6379' }]);
    expect(rendered.initContainers).toEqual([
      { name: 'redis', image: 'proxy:1', ports: [{ containerPort: 6379 }], env: [{ name: 'UPSTREAM', value: 'redis.prod.svc:6379' }], restartPolicy: 'Always' },
    ]);
    expect([ambassador.address, ambassador.addressEnv, ambassador.listen, ambassador.upstream]).toEqual(['localhost:6379', 'REDIS_ADDR', 6379, 'redis.prod.svc:6379']);
  });

  it.each([
    ['redis', 'REDIS_ADDR'],
    ['user-db', 'USER_DB_ADDR'],
    ['cache.v2', 'CACHE_V2_ADDR'],
    ['3rd-party', '_3RD_PARTY_ADDR'],
  ])('derives the address variable from id %s: %s', (id, name) => {
    expect(new Ambassador(pod(), id, base).addressEnv).toBe(name);
  });

  it('uses the address variable and host given', () => {
    const host = pod();
    new Ambassador(host, 'redis', { ...base, addressEnv: 'CACHE', addressHost: '127.0.0.1' });
    expect(spec(host).containers[0].env).toEqual([{ name: 'CACHE', value: '127.0.0.1:6379' }]);
  });

  it('appends the address after the main container variables', () => {
    const host = pod({ containers: [{ name: 'app', image: 'app:1', env: [{ name: 'MODE', value: 'prod' }] }] });
    new Ambassador(host, 'redis', base);
    expect(spec(host).containers[0].env).toEqual([
      { name: 'MODE', value: 'prod' },
      { name: 'REDIS_ADDR', value: 'localhost:6379' },
    ]);
  });

  it.each([
    ['env', Handoff.env('TARGET'), { env: [{ name: 'TARGET', value: 'redis.prod.svc:6379' }], args: undefined }],
    ['args', Handoff.args((u) => ['--to', u]), { env: undefined, args: ['--to', 'redis.prod.svc:6379'] }],
    ['none', Handoff.none(), { env: undefined, args: undefined }],
  ])('hands the upstream via %s', (_case, upstreamVia, expected) => {
    const host = pod();
    new Ambassador(host, 'redis', { ...base, upstreamVia });
    const proxy = spec(host).initContainers![0];
    expect({ env: proxy.env, args: proxy.args }).toEqual(expected);
  });

  it('names the port when asked', () => {
    const host = pod();
    new Ambassador(host, 'redis', { ...base, portName: 'redis' });
    expect(spec(host).initContainers![0].ports).toEqual([{ name: 'redis', containerPort: 6379 }]);
  });

  it('is a regular container on 1.28 and with native: false', () => {
    const legacy = pod(undefined, '1.28');
    new Ambassador(legacy, 'redis', base);
    expect(spec(legacy).containers.map((c) => c.name)).toEqual(['app', 'redis']);
    const asked = pod();
    new Ambassador(asked, 'redis', { ...base, native: false });
    expect(spec(asked).initContainers).toBeUndefined();
  });

  it('serves the main container named', () => {
    const host = pod({ containers: [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }] });
    new Ambassador(host, 'redis', { ...base, mainContainer: 'b' });
    expect(spec(host).containers.map((c) => c.env)).toEqual([undefined, [{ name: 'REDIS_ADDR', value: 'localhost:6379' }]]);
  });
});

describe('Ambassador synth checks', () => {
  it('reports a main container that sets the address variable itself', () => {
    const host = pod({ containers: [{ name: 'app', image: 'app:1', env: [{ name: 'REDIS_ADDR', value: 'redis:6379' }] }] });
    const ambassador = new Ambassador(host, 'redis', base);
    expect(ambassador.node.validate()).toEqual([
      'addressEnv: the main container "app" sets REDIS_ADDR 2 times (containers[0].env[0], containers[0].env[1]), and the pattern hands it "localhost:6379"; remove the container\'s own REDIS_ADDR, or have the pattern use another name with addressEnv',
    ]);
  });

  it('accepts distinct address variables for two ambassadors', () => {
    const host = pod();
    const a = new Ambassador(host, 'redis', base);
    const b = new Ambassador(host, 'db', { ...base, listen: 5432, upstream: 'db:5432' });
    expect([...a.node.validate(), ...b.node.validate()]).toEqual([]);
  });
});

describe('Ambassador usage errors', () => {
  it.each([
    ['a listen port of 0', { listen: 0 }, /test\/web\/redis \(Ambassador\): listen: must be a port number from 1 to 65535 \(got 0\)/],
    ['a listen port above 65535', { listen: 65536 }, /listen: must be a port number from 1 to 65535 \(got 65536\)/],
    ['an empty upstream', { upstream: ' ' }, /upstream: needs the remote service the proxy forwards to/],
    ['an empty address variable', { addressEnv: '' }, /addressEnv: needs a non-empty environment variable name/],
    ['an empty address host', { addressHost: '' }, /addressHost: needs a loopback host/],
    ['an empty image', { image: '' }, /image: a pattern needs the image of its helper container/],
  ])('refuses %s', (_case, change, message) => {
    expect(() => new Ambassador(pod(), 'redis', { ...base, ...(change as Partial<AmbassadorProps>) })).toThrow(message);
  });
});

describe('Ambassador upstream credentials', () => {
  const host = () => new Pod(new Chart(new App(), 'c'), 'web', { containers: [{ name: 'web', image: 'nginx:1.27' }] });

  it.each([
    ['a plain address', 'redis.prod.svc:6379'],
    ['a URL with a user only', 'redis://default@redis.prod.svc:6379'],
    ['a password read from the env at start', 'redis://default:$(REDIS_PASSWORD)@redis.prod.svc:6379'],
  ])('accepts %s', (_name, upstream) => {
    expect(() => new Ambassador(host(), 'redis', { image: 'p:1', listen: 6379, upstream })).not.toThrow();
  });

  it('refuses a literal password, saying how to pass it from a Secret', () => {
    expect(() => new Ambassador(host(), 'redis', { image: 'p:1', listen: 6379, upstream: 'redis://default:s3cret@redis:6379' })).toThrow(
      /c\/web\/redis \(Ambassador\): upstream: holds a password, .*Env\.fromSecretKey/,
    );
  });
});
