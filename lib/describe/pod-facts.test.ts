import { describe, expect, it } from 'vitest';
import { readPodFacts } from './pod-facts';

describe('readPodFacts', () => {
  it.each([
    ['no spec', undefined],
    ['a string spec', 'spec'],
    ['containers not a list', { containers: 'nginx' }],
    ['containers of the wrong type', { containers: [1, null, 'x', []] }],
    ['mounts of the wrong type', { containers: [{ name: 'a', volumeMounts: 'x', ports: {}, env: 1 }] }],
    ['volumes of the wrong type', { volumes: [null, { name: 1 }, 'x'] }],
  ])('reads %s without throwing', (_name, spec) => {
    expect(() => readPodFacts(spec, 'not metadata')).not.toThrow();
  });

  it('puts init containers and native sidecars first, in their order, then the main containers at one step', () => {
    const facts = readPodFacts(
      {
        initContainers: [{ name: 'migrate' }, { name: 'proxy', restartPolicy: 'Always' }],
        containers: [{ name: 'web' }, { name: 'worker' }],
      },
      {},
    );
    expect(facts.containers.map((c) => [c.name, c.phase, c.step])).toEqual([
      ['migrate', 'init', 1],
      ['proxy', 'sidecar', 2],
      ['web', 'main', 3],
      ['worker', 'main', 3],
    ]);
  });

  it('reads ports, probes, resources, env and mounts as written', () => {
    const [container] = readPodFacts(
      {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP', name: 'dns', hostPort: 53 }],
            livenessProbe: { tcpSocket: { port: 80 } },
            resources: { requests: { cpu: '100m', memory: 1024 }, limits: { memory: '1Gi' } },
            env: [{ name: 'A', value: 'b' }, { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }],
            volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true, subPath: 'x' }],
          },
        ],
      },
      {},
    ).containers;
    expect(container.ports).toEqual([
      { containerPort: '80', protocol: 'TCP' },
      { containerPort: '53', protocol: 'UDP', name: 'dns', hostPort: '53' },
    ]);
    expect([...container.probes.keys()]).toEqual(['liveness']);
    expect(container.resources).toEqual({ requests: [['cpu', '100m'], ['memory', '1024']], limits: [['memory', '1Gi']] });
    expect(container.env).toEqual([{ name: 'A', value: 'b' }, { name: 'IP', from: 'fieldRef' }]);
    expect(container.mounts).toEqual([{ volume: 'data', mountPath: '/data', readOnly: true, subPath: 'x' }]);
  });

  it('lists who mounts each volume, and volumes that are mounted but not declared', () => {
    const facts = readPodFacts(
      {
        containers: [
          { name: 'a', volumeMounts: [{ name: 'logs', mountPath: '/l' }, { name: 'data', mountPath: '/d' }] },
          { name: 'b', volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }] },
        ],
        volumes: [{ name: 'logs', emptyDir: {} }, { name: 'unused', configMap: { name: 'c' } }],
      },
      {},
    );
    expect(facts.volumes.map((v) => [v.name, v.type, v.mountedBy.map((m) => `${m.container}:${m.mountPath}:${m.readOnly}`)])).toEqual([
      ['logs', 'emptyDir', ['a:/l:false', 'b:/logs:true']],
      ['unused', 'configMap', []],
      ['data', 'undeclared', ['a:/d:false']],
    ]);
  });

  it('reads labels, annotations and the settings worth knowing', () => {
    const facts = readPodFacts({ restartPolicy: 'Never', nodeSelector: { gpu: 'true' }, hostNetwork: true }, { labels: { app: 'web' }, annotations: { a: 'b', n: 1 } });
    expect(facts.labels).toEqual([['app', 'web']]);
    expect(facts.annotations).toEqual([['a', 'b']]);
    expect(facts.settings).toEqual([
      ['restartPolicy', 'Never'],
      ['hostNetwork', 'true'],
      ['nodeSelector', 'gpu=true'],
    ]);
  });
});
