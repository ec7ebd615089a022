import { describe, expect, it } from 'vitest';
import { addExamples } from '../../examples/app';
import { App, Chart, Env, Pod } from '../../lib';
import { checkApp } from '../../lib/synth/synth-app';
import { Ambassador, LogShipper, RedisAmbassador } from '../../patterns';
import { findLiteralSecrets } from './literal-secrets';

function pod(container: Record<string, unknown>): Record<string, unknown> {
  return { kind: 'Pod', spec: { containers: [{ name: 'app', image: 'x', ...container }] } };
}

function synthesized(build: (chart: Chart) => void): Record<string, unknown>[] {
  const app = new App();
  build(new Chart(app, 'c', { disableResourceNameHashes: true }));
  const checked = checkApp(app);
  expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.fieldPath}`)).toEqual([]);
  return checked.rendered.charts.flatMap((c) => c.objects.map((o) => o.json));
}

describe('findLiteralSecrets', () => {
  it.each([
    ['an object without a spec', { kind: 'Pod' }],
    ['a container without env, command or args', pod({})],
    ['variables read from Secrets and ConfigMaps', pod({ env: [Env.fromSecretKey('PASSWORD', 'db', 'password'), Env.fromConfigMapKey('MODE', 'cfg', 'mode')] })],
    ['a secret-named variable holding only a reference', pod({ env: [{ name: 'DB_PASSWORD', value: '$(FROM_SECRET)' }] })],
    ['an empty secret-named variable', pod({ env: [{ name: 'TOKEN', value: '' }] })],
    ['a URL without a password', pod({ env: [{ name: 'UPSTREAM', value: 'redis://redis.prod.svc:6379' }], args: ['TCP:user@host:22'] })],
    ['a URL whose password is a reference', pod({ env: [{ name: 'UPSTREAM', value: 'redis://:$(REDIS_PASSWORD)@redis:6379' }] })],
    ['an option whose value is a reference', pod({ args: ['-p', 'http_passwd=$(HTTP_PASSWD)'] })],
    ['names that merely mention a secret', pod({ env: [{ name: 'PASSWORD_FILE', value: '/run/secrets/db' }, { name: 'TOKEN_URL', value: 'https://auth.example.com' }] })],
  ])('finds nothing in %s', (_name, object) => {
    expect(findLiteralSecrets(object)).toEqual([]);
  });

  it.each([
    ['a password variable', pod({ env: [{ name: 'DB_PASSWORD', value: 's3cret' }] }), 'spec.containers[0].env[0].value'],
    ['an API key variable', pod({ env: [{ name: 'X', value: '1' }, { name: 'API_KEY', value: 'abc' }] }), 'spec.containers[0].env[1].value'],
    ['a URL with a password in env', pod({ env: [{ name: 'UPSTREAM', value: 'redis://default:s3cret@redis:6379' }] }), 'spec.containers[0].env[0].value'],
    ['a URL with a password in args', pod({ args: ['--upstream', 'postgres://app:pw@db:5432/app'] }), 'spec.containers[0].args[1]'],
    ['a secret option in args', pod({ args: ['-o', 'http', '-p', 'http_passwd=s3cret'] }), 'spec.containers[0].args[3]'],
    ['a PEM block in command', pod({ command: ['sh', '-c', 'echo "-----BEGIN PRIVATE KEY-----..." > /k'] }), 'spec.containers[0].command[2]'],
    ['an init container of a template', { kind: 'Deployment', spec: { template: { spec: { containers: [], initContainers: [{ name: 'i', env: [{ name: 'TOKEN', value: 't' }] }] } } } }, 'spec.template.spec.initContainers[0].env[0].value'],
  ])('finds %s', (_name, object, fieldPath) => {
    expect(findLiteralSecrets(object).map((s) => s.fieldPath)).toEqual([fieldPath]);
  });
});

describe('secrets in the output of patterns and helpers', () => {
  it('the examples app holds no literal secret in any object', () => {
    const app = new App();
    addExamples(app);
    const objects = checkApp(app).rendered.charts.flatMap((c) => c.objects);
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.flatMap((o) => findLiteralSecrets(o.json).map((s) => `${o.apiObject.node.path} ${s.fieldPath}: ${s.reason}`))).toEqual([]);
  });

  it('an Ambassador reaches a password-protected upstream through a Secret: a reference the kubelet expands, after the variable it names', () => {
    const objects = synthesized((chart) => {
      const web = new Pod(chart, 'web', { containers: [{ name: 'web', image: 'nginx:1.27' }] });
      new Ambassador(web, 'redis', {
        image: 'example/redis-proxy:1.0',
        listen: 6379,
        env: [Env.fromSecretKey('REDIS_PASSWORD', 'redis-auth', 'password')],
        upstream: 'redis://:$(REDIS_PASSWORD)@redis.prod.svc:6379',
      });
    });
    expect(objects.flatMap(findLiteralSecrets)).toEqual([]);
    const proxy = ((objects[0].spec as Record<string, unknown>).initContainers as { env: { name: string }[] }[])[0];
    expect(proxy.env.map((e) => e.name)).toEqual(['REDIS_PASSWORD', 'UPSTREAM']);
  });

  it('a LogShipper passes an output password as a reference to a variable read from a Secret', () => {
    const objects = synthesized((chart) => {
      const web = new Pod(chart, 'web', { containers: [{ name: 'web', image: 'nginx:1.27' }] });
      new LogShipper(web, 'shipper', {
        logs: { volume: 'logs', mainMountPath: '/var/log/nginx' },
        env: [Env.fromSecretKey('HTTP_PASSWD', 'log-sink', 'password')],
        output: { name: 'http', properties: { host: 'logs.example.com', http_user: 'shipper', http_passwd: '$(HTTP_PASSWD)' } },
      });
    });
    expect(objects.flatMap(findLiteralSecrets)).toEqual([]);
  });

  it('a RedisAmbassador hands its upstream over as arguments without credentials', () => {
    const objects = synthesized((chart) => {
      const web = new Pod(chart, 'web', { containers: [{ name: 'web', image: 'nginx:1.27' }] });
      new RedisAmbassador(web, 'redis', { upstream: 'redis.prod.svc.cluster.local:6379' });
    });
    expect(objects.flatMap(findLiteralSecrets)).toEqual([]);
  });

  it('an Ambassador refuses an upstream that holds a password, naming the prop', () => {
    const app = new App();
    const web = new Pod(new Chart(app, 'c'), 'web', { containers: [{ name: 'web', image: 'nginx:1.27' }] });
    expect(() => new Ambassador(web, 'redis', { image: 'example/redis-proxy:1.0', listen: 6379, upstream: 'redis://default:s3cret@redis.prod.svc:6379' })).toThrow(
      /c\/web\/redis \(Ambassador\): upstream: /,
    );
  });
});
