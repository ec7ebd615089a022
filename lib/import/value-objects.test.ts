import { describe, expect, it } from 'vitest';
import type { JsonValue } from './code-model';
import { TypeScriptPrinter } from './emit-ts';
import { probeExpr } from './probe-expr';
import { memoryExpr, quantityExpr } from './quantity-expr';
import { volumeExpr } from './volume-expr';
import { envExpr } from './env-expr';

const printed = (expr: Parameters<TypeScriptPrinter['expression']>[0]): string => new TypeScriptPrinter(200).expression(expr, '', 0);

describe('quantityExpr: a value object only when its factory writes the quantity exactly', () => {
  it.each([
    ['cpu', '200m', 'Cpu.millis(200)'],
    ['cpu', '0m', 'Cpu.millis(0)'],
    ['cpu', '1', 'Cpu.cores(1)'],
    ['cpu', '0', 'Cpu.cores(0)'],
    ['cpu', '0.5', "'0.5'"],
    ['cpu', '1000m', 'Cpu.millis(1000)'],
    ['cpu', '0200m', "'0200m'"],
    ['cpu', '1.5m', "'1.5m'"],
    ['cpu', 1, '1'],
    ['cpu', '2k', "'2k'"],
    ['memory', '250Mi', 'Memory.mebibytes(250)'],
    ['memory', '1Gi', 'Memory.gibibytes(1)'],
    ['memory', '512', 'Memory.bytes(512)'],
    ['memory', '128M', 'Memory.megabytes(128)'],
    ['memory', '64Ki', 'Memory.kibibytes(64)'],
    ['memory', '1Ti', 'Memory.tebibytes(1)'],
    ['memory', '1k', 'Memory.kilobytes(1)'],
    ['memory', '1e3', "'1e3'"],
    ['memory', '1.5Gi', "'1.5Gi'"],
    ['memory', '1Pi', "'1Pi'"],
    ['memory', '128m', "'128m'"],
    ['memory', '99999999999999999999Mi', "'99999999999999999999Mi'"],
    ['ephemeral-storage', '1Gi', 'Memory.gibibytes(1)'],
    ['hugepages-2Mi', '4Mi', 'Memory.mebibytes(4)'],
    ['example.com/gpu', '1', "'1'"],
    ['memory', 'constructor', "'constructor'"],
    ['memory', '1constructor', "'1constructor'"],
  ])('%s %j is written %s', (resource, amount, expected) => {
    expect(printed(quantityExpr(resource, amount as JsonValue))).toBe(expected);
  });

  it('writes emptyDir size limits as Memory too', () => {
    expect(printed(memoryExpr('100Mi'))).toBe('Memory.mebibytes(100)');
    expect(printed(memoryExpr('1.5Gi'))).toBe("'1.5Gi'");
  });
});

describe('probeExpr: a Probe factory only when it gives the probe exactly', () => {
  it.each([
    ['exec with timing', { exec: { command: ['ls', '/tmp/healthy'] }, initialDelaySeconds: 10, periodSeconds: 5 }, "Probe.exec(['ls', '/tmp/healthy'], { initialDelaySeconds: 10, periodSeconds: 5 })"],
    ['httpGet with a path', { httpGet: { path: '/', port: 80 } }, "Probe.httpGet(80, { path: '/' })"],
    ['httpGet on a named port', { httpGet: { port: 'http', scheme: 'HTTPS' }, failureThreshold: 3 }, "Probe.httpGet('http', { scheme: 'HTTPS', failureThreshold: 3 })"],
    ['tcpSocket', { tcpSocket: { port: 6379 } }, 'Probe.tcpSocket(6379)'],
    ['grpc with a service', { grpc: { port: 9090, service: 'health' } }, "Probe.grpc(9090, { service: 'health' })"],
    ['null fields are absent', { tcpSocket: { port: 6379, host: null }, periodSeconds: null }, 'Probe.tcpSocket(6379)'],
    ['two handlers stay as written', { exec: { command: ['true'] }, tcpSocket: { port: 1 } }, "{ exec: { command: ['true'] }, tcpSocket: { port: 1 } }"],
    ['no handler stays as written', { periodSeconds: 5 }, '{ periodSeconds: 5 }'],
    ['an unknown field stays as written', { tcpSocket: { port: 1 }, extra: 1 }, '{ tcpSocket: { port: 1 }, extra: 1 }'],
    ['an empty command stays as written', { exec: { command: [] } }, '{ exec: { command: [] } }'],
    ['a port out of range stays as written', { tcpSocket: { port: 70000 } }, '{ tcpSocket: { port: 70000 } }'],
    ['a grpc port name stays as written', { grpc: { port: 'grpc' } }, "{ grpc: { port: 'grpc' } }"],
    ['a negative period stays as written', { tcpSocket: { port: 1 }, periodSeconds: -1 }, '{ tcpSocket: { port: 1 }, periodSeconds: -1 }'],
    ['a string timing stays as written', { tcpSocket: { port: 1 }, periodSeconds: '5' }, "{ tcpSocket: { port: 1 }, periodSeconds: '5' }"],
    ['not an object', 'probe', "'probe'"],
  ])('%s', (_name, probe, expected) => {
    expect(printed(probeExpr(probe as JsonValue))).toBe(expected);
  });
});

describe('volumeExpr: a Volume factory only when it gives the volume exactly', () => {
  it.each([
    ['emptyDir', { name: 'logs', emptyDir: {} }, "Volume.emptyDir('logs')"],
    ['emptyDir in memory with a limit', { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }, "Volume.emptyDir('cache', { medium: 'Memory', sizeLimit: Memory.mebibytes(64) })"],
    ['configMap with a mode', { name: 'config', configMap: { name: 'web-config', defaultMode: 420 } }, "Volume.configMap('config', 'web-config', { defaultMode: 0o644 })"],
    ['secret', { name: 'tls', secret: { secretName: 'web-tls', optional: true } }, "Volume.secret('tls', 'web-tls', { optional: true })"],
    ['hostPath', { name: 'proc', hostPath: { path: '/proc', type: 'Directory' } }, "Volume.hostPath('proc', '/proc', { type: 'Directory' })"],
    ['persistentVolumeClaim', { name: 'data', persistentVolumeClaim: { claimName: 'data-0' } }, "Volume.persistentVolumeClaim('data', 'data-0')"],
    ['configMap without a name stays as written', { name: 'c', configMap: { optional: true } }, "{ name: 'c', configMap: { optional: true } }"],
    ['an unknown source stays as written', { name: 'n', nfs: { server: 's', path: '/' } }, "{ name: 'n', nfs: { server: 's', path: '/' } }"],
    ['two sources stay as written', { name: 'n', emptyDir: {}, hostPath: { path: '/' } }, "{ name: 'n', emptyDir: {}, hostPath: { path: '/' } }"],
    ['a HugePages medium stays as written (the factory types only Memory)', { name: 'h', emptyDir: { medium: 'HugePages' } }, "{ name: 'h', emptyDir: { medium: 'HugePages' } }"],
    ['an unknown emptyDir field stays as written', { name: 'n', emptyDir: { x: 1 } }, "{ name: 'n', emptyDir: { x: 1 } }"],
  ])('%s', (_name, volume, expected) => {
    expect(printed(volumeExpr(volume as JsonValue))).toBe(expected);
  });
});

describe('envExpr: an Env factory only when it gives the variable exactly', () => {
  it.each([
    ['a literal value stays', { name: 'A', value: 'b' }, "{ name: 'A', value: 'b' }"],
    ['a pod field', { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }, "Env.fromField('POD_IP', 'status.podIP')"],
    ['a pod field with apiVersion stays', { name: 'N', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }, "{ name: 'N', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }"],
    ['a ConfigMap key', { name: 'C', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k' } } }, "Env.fromConfigMapKey('C', 'cm', 'k')"],
    ['an optional Secret key', { name: 'S', valueFrom: { secretKeyRef: { name: 's', key: 'k', optional: true } } }, "Env.fromSecretKey('S', 's', 'k', { optional: true })"],
    ['a resource with its container', { name: 'M', valueFrom: { resourceFieldRef: { containerName: 'c', resource: 'limits.memory' } } }, "Env.fromResource('M', 'limits.memory', { containerName: 'c' })"],
    ['a numeric divisor stays (the factory takes a string)', { name: 'M', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: 1 } } }, "{ name: 'M', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: 1 } } }"],
    ['a ConfigMap key without a name stays', { name: 'C', valueFrom: { configMapKeyRef: { key: 'k' } } }, "{ name: 'C', valueFrom: { configMapKeyRef: { key: 'k' } } }"],
    ['a value and a source stay', { name: 'A', value: 'b', valueFrom: { fieldRef: { fieldPath: 'x' } } }, "{ name: 'A', value: 'b', valueFrom: { fieldRef: { fieldPath: 'x' } } }"],
  ])('%s', (_name, entry, expected) => {
    expect(printed(envExpr(entry as JsonValue))).toBe(expected);
  });
});
