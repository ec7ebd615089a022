import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod, type PodProps } from '../lib/pod';
import { Probe } from '../lib/probe';
import { Sidecar } from './sidecar';

function pod(props: PodProps = { containers: [{ name: 'app', image: 'nginx:1.27' }] }, kubernetesVersion = '1.36'): Pod {
  const chart = new Chart(new App({ kubernetesVersion }), 'test', { disableResourceNameHashes: true });
  return new Pod(chart, 'web', props);
}

const spec = (host: Pod): Record<string, unknown> => host.toJson().spec as Record<string, unknown>;
const errorsOf = (sidecar: Sidecar): string[] => sidecar.node.validate();

describe('Sidecar placement by target version', () => {
  it.each([
    ['1.28', undefined, 'containers'],
    ['1.28', false, 'containers'],
    ['1.29', undefined, 'initContainers'],
    ['1.29', false, 'containers'],
    ['1.29', true, 'initContainers'],
    ['1.36', undefined, 'initContainers'],
    ['1.36', false, 'containers'],
  ] as const)('Kubernetes %s with native %j: in %s', (version, native, list) => {
    const host = pod(undefined, version);
    const sidecar = new Sidecar(host, 'helper', { image: 'busybox:1.36', native });
    expect(sidecar.native).toBe(list === 'initContainers');
    const rendered = spec(host);
    const helper = list === 'initContainers' ? { name: 'helper', image: 'busybox:1.36', restartPolicy: 'Always' } : { name: 'helper', image: 'busybox:1.36' };
    expect(rendered[list]).toContainEqual(helper);
    if (list === 'containers') expect(rendered.initContainers).toBeUndefined();
  });

  it('refuses native: true when the target version has no native sidecars', () => {
    expect(() => new Sidecar(pod(undefined, '1.28'), 'helper', { image: 'busybox', native: true })).toThrow(
      /test\/web\/helper \(Sidecar\): native: native sidecars need Kubernetes 1.29 or later, but the target is 1.28; set native: false/,
    );
  });

  it('follows the chart setting over the app setting', () => {
    const app = new App({ kubernetesVersion: '1.36' });
    const host = new Pod(new Chart(app, 'legacy', { kubernetesVersion: '1.28' }), 'web', { containers: [{ name: 'app', image: 'nginx' }] });
    expect(new Sidecar(host, 'helper', { image: 'busybox' }).native).toBe(false);
  });

  it('appends a native sidecar after the init containers already there, and a regular one after the containers', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }], initContainers: [{ name: 'wait', image: 'busybox' }] });
    new Sidecar(host, 'native-one', { image: 'busybox' });
    new Sidecar(host, 'regular-one', { image: 'busybox', native: false });
    const rendered = spec(host) as { initContainers: { name: string }[]; containers: { name: string }[] };
    expect(rendered.initContainers.map((c) => c.name)).toEqual(['wait', 'native-one']);
    expect(rendered.containers.map((c) => c.name)).toEqual(['app', 'regular-one']);
  });

  it('keeps every container field given, probes included (a native sidecar may have all three)', () => {
    const host = pod();
    new Sidecar(host, 'helper', {
      image: 'busybox',
      args: ['sleep', 'infinity'],
      livenessProbe: Probe.exec(['true']),
      readinessProbe: { tcpSocket: { port: 8080 } },
      startupProbe: Probe.tcpSocket(8080, { periodSeconds: 1 }),
      env: [{ name: 'A', value: '1' }],
    });
    expect((spec(host).initContainers as unknown[])[0]).toEqual({
      name: 'helper',
      image: 'busybox',
      args: ['sleep', 'infinity'],
      livenessProbe: { exec: { command: ['true'] } },
      readinessProbe: { tcpSocket: { port: 8080 } },
      startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1 },
      env: [{ name: 'A', value: '1' }],
      restartPolicy: 'Always',
    });
  });

  it('names the container after the construct id unless name is given', () => {
    const host = pod();
    expect(new Sidecar(host, 'a', { image: 'busybox' }).containerName).toBe('a');
    expect(new Sidecar(host, 'b', { image: 'busybox', name: 'custom' }).containerName).toBe('custom');
  });
});

describe('Sidecar host and main container', () => {
  it('finds the host through a construct that groups patterns', () => {
    const host = pod();
    const group = new Construct(host, 'observability');
    const sidecar = new Sidecar(group, 'helper', { image: 'busybox' });
    expect(sidecar.host).toBe(host);
    expect(Sidecar.of(host)).toEqual([sidecar]);
  });

  it('refuses a scope that is not a pod host', () => {
    const chart = new Chart(new App(), 'test');
    expect(() => new Sidecar(chart, 'helper', { image: 'busybox' })).toThrow(/test\/helper \(Sidecar\): scope: a pattern is attached to a Pod or a workload, but test is neither/);
  });

  it.each([
    ['an empty image', { image: '' }, /image: a pattern needs the image of its helper container/],
    ['a blank name', { image: 'busybox', name: ' ' }, /name: needs a non-empty container name/],
    ['an empty main container', { image: 'busybox', mainContainer: '' }, /mainContainer: needs the name of one of the pod's containers/],
    ['itself as main container', { image: 'busybox', mainContainer: 'helper' }, /mainContainer: "helper" is the pattern's own container/],
  ])('refuses %s', (_case, props, message) => {
    expect(() => new Sidecar(pod(), 'helper', props)).toThrow(message);
  });

  it('refuses a pod without containers when no main container is named', () => {
    expect(() => new Sidecar(pod({}), 'helper', { image: 'busybox' })).toThrow(/mainContainer: the pod has no container yet for the pattern to serve/);
  });

  it('serves the first container that is not another pattern by default, or the one named', () => {
    const host = pod({ containers: [{ name: 'first', image: 'nginx' }, { name: 'second', image: 'nginx' }] });
    new Sidecar(host, 'regular', { image: 'busybox', native: false });
    expect(new Sidecar(host, 'default', { image: 'busybox' }).mainContainerName).toBe('first');
    expect(new Sidecar(host, 'named', { image: 'busybox', mainContainer: 'second' }).mainContainerName).toBe('second');
  });

  it('reports at synth a named main container the pod does not have', () => {
    const sidecar = new Sidecar(pod(), 'helper', { image: 'busybox', mainContainer: 'api' });
    expect(errorsOf(sidecar)).toEqual(['mainContainer: the pod has no container named "api" (containers: "app"); name one of them, or leave mainContainer unset to use the first']);
  });

  it('reports at synth a main container that is an init container', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }], initContainers: [{ name: 'setup', image: 'busybox' }] });
    const sidecar = new Sidecar(host, 'helper', { image: 'busybox', mainContainer: 'setup' });
    expect(errorsOf(sidecar)).toEqual([`mainContainer: "setup" is an init container (initContainers[0]); a pattern's main container is one of the pod's containers ("app"): name one of them`]);
  });

  it('accepts a named main container added after the pattern', () => {
    const host = pod();
    const sidecar = new Sidecar(host, 'helper', { image: 'busybox', mainContainer: 'late' });
    host.addContainer({ name: 'late', image: 'nginx' });
    expect(errorsOf(sidecar)).toEqual([]);
  });
});

describe('Sidecar names', () => {
  it('reports a pattern name used twice in one pod, from the second pattern', () => {
    const host = pod();
    const first = new Sidecar(host, 'a', { image: 'busybox', name: 'shipper' });
    const second = new Sidecar(new Construct(host, 'group'), 'shipper', { image: 'busybox' });
    expect(errorsOf(first)).toEqual([]);
    expect(errorsOf(second)).toEqual([
      `name: container name "shipper" is already used by pattern test/web/a; a pattern's name is used once per pod: give this pattern another name (the name prop or another construct id)`,
    ]);
  });

  it('reports a pattern named like a container of the pod', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }, { name: 'helper', image: 'nginx' }] });
    const sidecar = new Sidecar(host, 'helper', { image: 'busybox', mainContainer: 'app' });
    expect(errorsOf(sidecar)).toEqual(['name: container name "helper" is already used by a container of the pod (initContainers[0], containers[1]); give the pattern another name with the name prop']);
  });
});
