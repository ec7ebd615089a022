import { describe, expect, it } from 'vitest';
import { readPodFacts } from './pod-facts';
import { describeRole, inferRoles, localPorts } from './roles';

const main = (extra: object = {}) => ({ name: 'app', image: 'app', ...extra });

function rolesOf(spec: object): [string, string][] {
  const roles = inferRoles(readPodFacts(spec, {}));
  return [...roles.roles].map(([name, role]) => [name, describeRole(role, name, roles)]);
}

describe('inferRoles', () => {
  it('has no main container and no roles for an empty pod', () => {
    expect(inferRoles(readPodFacts({}, {}))).toEqual({ roles: new Map(), links: [] });
  });

  it.each([
    ['a lone container is the main container', { containers: [main()] }, [['app', 'main container']]],
    [
      'a native sidecar sharing a volume is a sidecar',
      { initContainers: [{ name: 'ship', restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] }], containers: [main({ volumeMounts: [{ name: 'logs', mountPath: '/var/log' }] })] },
      [['ship', 'sidecar of app (shares volume logs)'], ['app', 'main container']],
    ],
    [
      'a regular container sharing a volume is a sidecar too',
      { containers: [main({ volumeMounts: [{ name: 'html', mountPath: '/html' }] }), { name: 'sync', volumeMounts: [{ name: 'html', mountPath: '/git' }] }] },
      [['app', 'main container'], ['sync', 'sidecar of app (shares volume html)']],
    ],
    [
      'a helper that reads a localhost port and serves its own is an adapter',
      { containers: [main(), { name: 'exporter', args: ['--scrape=http://localhost:8080/status'], ports: [{ containerPort: 9113 }] }] },
      [['app', 'main container'], ['exporter', 'adapter of app (reads localhost:8080)']],
    ],
    [
      'a helper the main container reaches on localhost is an ambassador, with its upstream',
      { initContainers: [{ name: 'proxy', restartPolicy: 'Always', args: ['TCP-LISTEN:6379', 'TCP:redis.prod.svc:6379'], ports: [{ containerPort: 6379 }] }], containers: [main({ env: [{ name: 'REDIS', value: '127.0.0.1:6379' }] })] },
      [['proxy', 'ambassador of app (reached by app on localhost:6379; forwards to redis.prod.svc:6379)'], ['app', 'main container']],
    ],
    [
      'a native sidecar without wiring is a native sidecar',
      { initContainers: [{ name: 'agent', restartPolicy: 'Always' }], containers: [main()] },
      [['agent', 'native sidecar (keeps running beside the main containers)'], ['app', 'main container']],
    ],
    [
      'an init container stays an init container, even sharing a volume',
      { initContainers: [{ name: 'fetch', volumeMounts: [{ name: 'data', mountPath: '/d' }] }], containers: [main({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })] },
      [['fetch', 'init container (runs to completion before the next starts)'], ['app', 'main container']],
    ],
    [
      'a second container without wiring runs beside the main container',
      { containers: [main(), { name: 'debug' }] },
      [['app', 'main container'], ['debug', 'container (runs beside the main container)']],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(rolesOf(spec)).toEqual(expected);
  });

  it('links a container to the one that declares the port it reaches', () => {
    const roles = inferRoles(readPodFacts({ containers: [main({ command: ['curl', 'http://[::1]:9000/'] }), { name: 'api', ports: [{ containerPort: 9000 }] }] }, {}));
    expect(roles.links).toEqual([{ from: 'app', to: 'api', port: '9000' }]);
  });

  it('does not link a container to itself or the main container to an undeclared port', () => {
    const roles = inferRoles(readPodFacts({ containers: [main({ command: ['listen', '127.0.0.1:8080'], ports: [{ containerPort: 8080 }] })] }, {}));
    expect(roles.links).toEqual([]);
  });
});

describe('localPorts', () => {
  it.each([
    [['http://localhost:8080/x'], ['8080']],
    [['127.0.0.1:6379', 'localhost:6379'], ['6379']],
    [['[::1]:53'], ['53']],
    [['bind=127.0.0.1', 'example.com:80', 'notlocalhost:1'], []],
  ])('%j', (args, expected) => {
    const [container] = readPodFacts({ containers: [{ name: 'c', args }] }, {}).containers;
    expect(localPorts(container)).toEqual(expected);
  });
});
