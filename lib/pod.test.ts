import { App, Chart } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Pod } from './pod';
import { Probe } from './probe';
import { Cpu, Memory } from './quantity';

function chart(): Chart {
  return new Chart(new App(), 'test', { disableResourceNameHashes: true });
}

describe('Pod', () => {
  it('renders only what was set: apiVersion, kind, the name and the containers', () => {
    const pod = new Pod(chart(), 'webapp', { containers: [{ name: 'webapp', image: 'nginx' }] });
    expect(pod.toJson()).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'webapp' },
      spec: { containers: [{ name: 'webapp', image: 'nginx' }] },
    });
  });

  it('renders probes, resources and any other PodSpec field under its API name', () => {
    const pod = new Pod(chart(), 'web', {
      metadata: { labels: { app: 'web' }, annotations: { note: 'x' } },
      nodeSelector: { gpu: 'true' },
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 10,
      tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          livenessProbe: Probe.httpGet(80, { path: '/' }),
          readinessProbe: { tcpSocket: { port: 80 } },
          resources: { requests: { cpu: Cpu.millis(200), memory: Memory.mebibytes(250) }, limits: { cpu: '1', 'example.com/gpu': 1 } },
        },
      ],
    });
    const json = pod.toJson();
    expect(json.metadata).toEqual({ name: 'web', labels: { app: 'web' }, annotations: { note: 'x' } });
    expect(json.spec).toEqual({
      nodeSelector: { gpu: 'true' },
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 10,
      tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          livenessProbe: { httpGet: { path: '/', port: 80 } },
          readinessProbe: { tcpSocket: { port: 80 } },
          resources: { requests: { cpu: '200m', memory: '250Mi' }, limits: { cpu: '1', 'example.com/gpu': 1 } },
        },
      ],
    });
  });

  it('renders what was added after construction, in order', () => {
    const pod = new Pod(chart(), 'app', { containers: [{ name: 'a', image: 'busybox' }] });
    pod.addInitContainer({ name: 'init-1', image: 'busybox' });
    pod.addInitContainer({ name: 'init-2', image: 'busybox' });
    pod.addContainer({ name: 'b', image: 'busybox' });
    pod.addVolume({ name: 'cache', emptyDir: {} });
    pod.spec.addVolumeMount('a', { name: 'cache', mountPath: '/cache' });
    pod.spec.addEnv('b', { name: 'X', value: '1' });
    expect(pod.toJson().spec).toEqual({
      initContainers: [
        { name: 'init-1', image: 'busybox' },
        { name: 'init-2', image: 'busybox' },
      ],
      containers: [
        { name: 'a', image: 'busybox', volumeMounts: [{ name: 'cache', mountPath: '/cache' }] },
        { name: 'b', image: 'busybox', env: [{ name: 'X', value: '1' }] },
      ],
      volumes: [{ name: 'cache', emptyDir: {} }],
    });
    expect(pod.spec.containerNames).toEqual(['a', 'b']);
    expect(pod.spec.initContainerNames).toEqual(['init-1', 'init-2']);
    expect(pod.spec.volumeNames).toEqual(['cache']);
    expect(pod.spec.findContainer('init-2')).toEqual({ name: 'init-2', image: 'busybox' });
    expect(pod.spec.findContainer('nope')).toBeUndefined();
  });

  it('lets patterns and labels reach the pod metadata', () => {
    const pod = new Pod(chart(), 'app', { containers: [{ name: 'a', image: 'busybox' }] });
    pod.podMetadata.addLabel('tier', 'web');
    pod.podMetadata.addAnnotation('prometheus.io/scrape', 'true');
    expect(pod.podMetadata.getLabel('tier')).toBe('web');
    expect(pod.toJson().metadata).toEqual({ name: 'app', labels: { tier: 'web' }, annotations: { 'prometheus.io/scrape': 'true' } });
  });

  it.each([
    ['an empty image', { containers: [{ name: 'a', image: '' }] }, 'test/p (Pod): containers[0].image: container "a" has an empty image; set an image reference such as "nginx:1.27"'],
    ['a blank image', { containers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: '  ' }] }, 'test/p (Pod): containers[1].image: container "b" has an empty image'],
    ['an empty name', { containers: [{ name: '', image: 'busybox' }] }, 'test/p (Pod): containers[0].name: a container needs a non-empty name'],
    ['an empty init container name', { initContainers: [{ name: ' ', image: 'busybox' }] }, 'test/p (Pod): initContainers[0].name: a container needs a non-empty name'],
  ])('throws at once on %s, naming the construct path and the prop', (_name, props, message) => {
    expect(() => new Pod(chart(), 'p', props)).toThrow(message);
  });

  it('throws at once when an added container has an empty image', () => {
    const pod = new Pod(chart(), 'p', { containers: [{ name: 'a', image: 'busybox' }] });
    expect(() => pod.addContainer({ name: 'b', image: '' })).toThrow('test/p (Pod): containers[1].image: container "b" has an empty image');
  });
});
