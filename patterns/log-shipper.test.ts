import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { FLUENT_BIT_IMAGE, LogShipper, type LogShipperProps } from './log-shipper';

function pod(kubernetesVersion = '1.36'): Pod {
  return new Pod(new Chart(new App({ kubernetesVersion }), 'test', { disableResourceNameHashes: true }), 'web', {
    containers: [{ name: 'nginx', image: 'nginx:1.27' }],
  });
}
interface Rendered {
  containers: Record<string, unknown>[];
  initContainers?: Record<string, unknown>[];
  volumes?: unknown[];
}
const spec = (host: Pod): Rendered => host.toJson().spec as Rendered;
const logs = { volume: 'logs', mainMountPath: '/var/log/nginx' };

describe('LogShipper', () => {
  it('follows *.log of the shared log directory with Fluent Bit and prints to stdout by default', () => {
    const host = pod();
    new LogShipper(host, 'log-shipper', { logs });
    const rendered = spec(host);
    expect(rendered.initContainers).toEqual([
      {
        name: 'log-shipper',
        image: FLUENT_BIT_IMAGE,
        command: ['/fluent-bit/bin/fluent-bit'],
        args: ['-i', 'tail', '-p', 'path=/logs/*.log', '-p', 'read_from_head=true', '-p', 'refresh_interval=1', '-o', 'stdout'],
        restartPolicy: 'Always',
        volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }],
      },
    ]);
    expect(rendered.containers[0].volumeMounts).toEqual([{ name: 'logs', mountPath: '/var/log/nginx' }]);
    expect(rendered.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
  });

  it.each([
    ['a mount path and files', { mountPath: '/in/', files: 'access*.log' }, ['-i', 'tail', '-p', 'path=/in/access*.log', '-p', 'read_from_head=true', '-p', 'refresh_interval=1', '-o', 'stdout']],
    ['an output with properties, in key order', { output: { name: 'forward', properties: { port: '24224', host: 'fluentd.logging.svc' } } }, ['-i', 'tail', '-p', 'path=/logs/*.log', '-p', 'read_from_head=true', '-p', 'refresh_interval=1', '-o', 'forward', '-p', 'host=fluentd.logging.svc', '-p', 'port=24224']],
    ['tail properties over the defaults, path kept', { tail: { refresh_interval: '10', path: '/elsewhere', skip_long_lines: 'on' } }, ['-i', 'tail', '-p', 'path=/logs/*.log', '-p', 'read_from_head=true', '-p', 'refresh_interval=10', '-p', 'skip_long_lines=on', '-o', 'stdout']],
  ])('with %s', (_case, change, args) => {
    const host = pod();
    const { mountPath, ...rest } = change as { mountPath?: string } & Partial<LogShipperProps>;
    new LogShipper(host, 'log-shipper', { logs: { ...logs, mountPath }, ...rest });
    expect(spec(host).initContainers![0].args).toEqual(args);
  });

  it('takes another image, name and container fields', () => {
    const host = pod();
    new LogShipper(host, 'shipper', { logs, image: 'fluent/fluent-bit:3.2', name: 'fb', resources: { limits: { memory: '64Mi' } } });
    expect(spec(host).initContainers![0]).toMatchObject({ name: 'fb', image: 'fluent/fluent-bit:3.2', resources: { limits: { memory: '64Mi' } } });
  });

  it('is a regular container on 1.28', () => {
    const host = pod('1.28');
    new LogShipper(host, 'log-shipper', { logs });
    expect(spec(host).containers.map((c) => c.name)).toEqual(['nginx', 'log-shipper']);
  });

  it.each([
    ['no log directory', { logs: undefined }, /test\/web\/log-shipper \(LogShipper\): logs: needs the log directory/],
    ['an empty glob', { logs, files: ' ' }, /files: must be a file glob inside the log directory, such as "\*\.log" \(got " "\)/],
    ['an absolute glob', { logs, files: '/var/log/*.log' }, /files: must be a file glob inside the log directory/],
    ['an empty output name', { logs, output: { name: '' } }, /output\.name: needs a Fluent Bit output plugin name/],
    ['an empty volume name', { logs: { volume: '', mainMountPath: '/var/log' } }, /logs\.volume: needs the name of the log volume/],
    ['an empty main mount path', { logs: { volume: 'logs', mainMountPath: '' } }, /logs\.mainMountPath: needs a non-empty directory path/],
    ['an empty mount path', { logs: { volume: 'logs', mainMountPath: '/var/log', mountPath: ' ' } }, /logs\.mountPath: needs a non-empty directory path/],
  ])('refuses %s', (_case, props, message) => {
    expect(() => new LogShipper(pod(), 'log-shipper', props as LogShipperProps)).toThrow(message);
  });
});
