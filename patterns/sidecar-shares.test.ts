import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod, type PodProps } from '../lib/pod';
import { Sidecar, type SidecarProps } from './sidecar';

function pod(props: PodProps = { containers: [{ name: 'app', image: 'nginx:1.27' }] }, kubernetesVersion = '1.36'): Pod {
  return new Pod(new Chart(new App({ kubernetesVersion }), 'test', { disableResourceNameHashes: true }), 'web', props);
}

interface Rendered {
  containers: { name: string; volumeMounts?: unknown[] }[];
  initContainers?: { name: string; volumeMounts?: unknown[] }[];
  volumes?: unknown[];
}
const spec = (host: Pod): Rendered => host.toJson().spec as Rendered;
const shipper = (props: Partial<SidecarProps> = {}): SidecarProps => ({ image: 'fluent/fluent-bit:3.1', ...props });

describe('Sidecar shares: wiring', () => {
  it.each([
    [
      'one share, same path in both',
      { volume: 'logs', mountPath: '/logs' },
      { main: [{ name: 'logs', mountPath: '/logs' }], helper: [{ name: 'logs', mountPath: '/logs' }] },
    ],
    [
      'mainMountPath and read-only helper',
      { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true },
      { main: [{ name: 'logs', mountPath: '/var/log/nginx' }], helper: [{ name: 'logs', mountPath: '/logs', readOnly: true }] },
    ],
    [
      'read-only main container (the helper fills it)',
      { volume: 'content', mountPath: '/git', mainMountPath: '/usr/share/nginx/html', mainReadOnly: true },
      { main: [{ name: 'content', mountPath: '/usr/share/nginx/html', readOnly: true }], helper: [{ name: 'content', mountPath: '/git' }] },
    ],
  ])('%s', (_case, share, expected) => {
    const host = pod();
    new Sidecar(host, 'helper', shipper({ shares: share }));
    const rendered = spec(host);
    expect(rendered.containers[0].volumeMounts).toEqual(expected.main);
    expect(rendered.initContainers![0].volumeMounts).toEqual(expected.helper);
    expect(rendered.volumes).toEqual([{ name: share.volume, emptyDir: {} }]);
  });

  it('declares the volume with the source given', () => {
    const host = pod();
    new Sidecar(host, 'helper', shipper({ shares: { volume: 'cache', mountPath: '/cache', source: { emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } } } }));
    expect(spec(host).volumes).toEqual([{ name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }]);
  });

  it('uses the volume of that name the pod already has', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] });
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'data', mountPath: '/data' } }));
    expect(spec(host).volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }]);
    expect(sidecar.node.validate()).toEqual([]);
  });

  it('keeps the main container mount it already has instead of adding it twice', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] }] });
    new Sidecar(host, 'helper', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    expect(spec(host).containers[0].volumeMounts).toEqual([{ name: 'logs', mountPath: '/logs' }]);
  });

  it('keeps the helper mount it already has instead of adding it twice', () => {
    const host = pod();
    new Sidecar(host, 'helper', shipper({ volumeMounts: [{ name: 'logs', mountPath: '/logs' }], shares: { volume: 'logs', mountPath: '/logs' } }));
    expect(spec(host).initContainers![0].volumeMounts).toEqual([{ name: 'logs', mountPath: '/logs' }]);
  });

  it('lets two patterns share one volume: declared once, mounted once in the main container', () => {
    const host = pod();
    const a = new Sidecar(host, 'a', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    const b = new Sidecar(host, 'b', shipper({ shares: { volume: 'logs', mountPath: '/in', mainMountPath: '/logs', readOnly: true } }));
    const rendered = spec(host);
    expect(rendered.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
    expect(rendered.containers[0].volumeMounts).toEqual([{ name: 'logs', mountPath: '/logs' }]);
    expect(rendered.initContainers!.map((c) => c.volumeMounts)).toEqual([[{ name: 'logs', mountPath: '/logs' }], [{ name: 'logs', mountPath: '/in', readOnly: true }]]);
    expect([...a.node.validate(), ...b.node.validate()]).toEqual([]);
  });

  it('mounts a list of shares in order', () => {
    const host = pod();
    new Sidecar(host, 'helper', shipper({ native: false, shares: [{ volume: 'a', mountPath: '/a' }, { volume: 'b', mountPath: '/b' }] }));
    const rendered = spec(host);
    expect(rendered.containers[1].volumeMounts).toEqual([
      { name: 'a', mountPath: '/a' },
      { name: 'b', mountPath: '/b' },
    ]);
    expect(rendered.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', emptyDir: {} },
    ]);
  });
});

describe('Sidecar shares: usage errors', () => {
  it.each([
    ['an empty volume name', { volume: '', mountPath: '/x' }, /shares\.volume: needs the name of the volume to share/],
    ['an empty mount path', { volume: 'v', mountPath: '' }, /shares\.mountPath: needs a non-empty path where volume "v" is mounted/],
    ['an empty main mount path', { volume: 'v', mountPath: '/x', mainMountPath: ' ' }, /shares\.mainMountPath: needs a non-empty path/],
    ['a volume shared twice', [{ volume: 'v', mountPath: '/x' }, { volume: 'v', mountPath: '/y' }], /shares\[1\]\.volume: volume "v" is shared twice by this pattern/],
    ['a path used twice', [{ volume: 'v', mountPath: '/x' }, { volume: 'w', mountPath: '/x' }], /shares\[1\]\.mountPath: \/x is already used by another share/],
  ])('refuses %s', (_case, shares, message) => {
    expect(() => new Sidecar(pod(), 'helper', shipper({ shares }))).toThrow(message);
  });
});

describe('Sidecar shares: synth checks', () => {
  it('reports a volume of the shared name declared again after the pattern', () => {
    const host = pod();
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    host.addVolume({ name: 'logs', hostPath: { path: '/var/log' } });
    expect(sidecar.node.validate()).toEqual([
      'shares: volume "logs" is declared 2 times in the pod spec (volumes[0], volumes[1]); a shared volume is declared once: remove the extra declarations (a pattern uses the volume of that name the pod has when the pattern is attached)',
    ]);
  });

  it('reports the duplicate volume once, from the first pattern sharing it', () => {
    const host = pod();
    const a = new Sidecar(host, 'a', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    const b = new Sidecar(host, 'b', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    host.addVolume({ name: 'logs', emptyDir: {} });
    expect(a.node.validate()).toHaveLength(1);
    expect(b.node.validate()).toEqual([]);
  });

  it('reports a source that differs from the pod volume of that name', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] });
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'logs', mountPath: '/logs', source: { emptyDir: {} } } }));
    expect(sidecar.node.validate()).toEqual([
      `shares.source: the pod's volume "logs" has another source (hostPath) than the pattern asks for (emptyDir); drop source to use the pod's volume, or share a volume of another name`,
    ]);
  });

  it('accepts a source equal to the pod volume, whatever the key order', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'c', emptyDir: { sizeLimit: '1Gi', medium: 'Memory' } }] });
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'c', mountPath: '/c', source: { emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } } } }));
    expect(sidecar.node.validate()).toEqual([]);
  });

  it('reports a main container that mounts another volume where the pattern mounts the shared one', () => {
    const host = pod({ containers: [{ name: 'app', image: 'nginx', volumeMounts: [{ name: 'other', mountPath: '/logs' }] }], volumes: [{ name: 'other', emptyDir: {} }] });
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    expect(sidecar.node.validate()).toEqual([
      'shares: the main container "app" mounts volume "other" at /logs (containers[0].volumeMounts[0]), where the pattern mounts volume "logs"; set mainMountPath to a free path, or remove that mount',
    ]);
  });

  it('reports the shared volume mounted twice at one path of the main container', () => {
    const host = pod();
    const sidecar = new Sidecar(host, 'helper', shipper({ shares: { volume: 'logs', mountPath: '/logs' } }));
    host.spec.addVolumeMount('app', { name: 'logs', mountPath: '/logs', readOnly: true });
    expect(sidecar.node.validate()).toEqual([
      'shares: the main container "app" mounts volume "logs" at /logs 2 times (containers[0].volumeMounts[0], containers[0].volumeMounts[1]); mount it once',
    ]);
  });

  it("reports a helper mount of its own that takes the share's path", () => {
    const host = pod();
    const sidecar = new Sidecar(host, 'helper', shipper({ volumeMounts: [{ name: 'config', mountPath: '/logs' }], shares: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log' } }));
    expect(sidecar.node.validate()).toEqual([
      `shares: the helper container "helper" mounts volume "config" at /logs (initContainers[0].volumeMounts[0]), where the pattern mounts volume "logs"; set mountPath to a free path, or remove that mount from the pattern's volumeMounts`,
    ]);
  });
});
