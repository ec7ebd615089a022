import { describe, expect, it } from 'vitest';
import { Probe } from './probe';

describe('Probe', () => {
  it.each([
    ['httpGet with only a port', Probe.httpGet(80), { httpGet: { port: 80 } }],
    ['httpGet / on 80', Probe.httpGet(80, { path: '/' }), { httpGet: { path: '/', port: 80 } }],
    [
      'httpGet with every option',
      Probe.httpGet('http', { path: '/healthz', host: 'localhost', scheme: 'HTTPS', httpHeaders: [{ name: 'X', value: 'y' }], periodSeconds: 3 }),
      { httpGet: { path: '/healthz', port: 'http', host: 'localhost', scheme: 'HTTPS', httpHeaders: [{ name: 'X', value: 'y' }] }, periodSeconds: 3 },
    ],
    ['tcpSocket 22', Probe.tcpSocket(22), { tcpSocket: { port: 22 } }],
    ['tcpSocket with host', Probe.tcpSocket('ssh', { host: '10.0.0.1' }), { tcpSocket: { port: 'ssh', host: '10.0.0.1' } }],
    ['exec ls /data/file', Probe.exec(['ls', '/data/file']), { exec: { command: ['ls', '/data/file'] } }],
    ['grpc with a service', Probe.grpc(9090, { service: 'health' }), { grpc: { port: 9090, service: 'health' } }],
    [
      'the liveness-exam timing',
      Probe.exec(['ls', '/tmp/healthy'], { initialDelaySeconds: 10, periodSeconds: 5, successThreshold: 1, failureThreshold: 2 }),
      { exec: { command: ['ls', '/tmp/healthy'] }, initialDelaySeconds: 10, periodSeconds: 5, successThreshold: 1, failureThreshold: 2 },
    ],
    [
      'zero is kept (the API defaults it)',
      Probe.tcpSocket(22, { initialDelaySeconds: 0, timeoutSeconds: 0, terminationGracePeriodSeconds: 30 }),
      { tcpSocket: { port: 22 }, initialDelaySeconds: 0, timeoutSeconds: 0, terminationGracePeriodSeconds: 30 },
    ],
  ])('%s', (_name, probe, json) => {
    expect(probe.toJson()).toEqual(json);
  });

  it('does not share its command array with the caller', () => {
    const command = ['ls'];
    const probe = Probe.exec(command);
    command.push('/x');
    expect(probe.toJson()).toEqual({ exec: { command: ['ls'] } });
  });

  it.each([
    ['an empty exec command', () => Probe.exec([]), 'Probe.exec: command: must hold at least one element (the program to run)'],
    ['port 0', () => Probe.httpGet(0), 'Probe.httpGet: port: must be a port number from 1 to 65535 or a port name (got 0)'],
    ['port 65536', () => Probe.tcpSocket(65536), 'Probe.tcpSocket: port: must be a port number from 1 to 65535 or a port name (got 65536)'],
    ['a fractional port', () => Probe.grpc(80.5), 'Probe.grpc: port: must be a port number from 1 to 65535 or a port name (got 80.5)'],
    ['an empty port name', () => Probe.httpGet(''), 'Probe.httpGet: port: must be a port number or a non-empty port name'],
    [
      'a negative period',
      () => Probe.exec(['true'], { periodSeconds: -1 }),
      'Probe.exec: periodSeconds: must be a non-negative whole number of seconds or a count (got -1)',
    ],
    [
      'a fractional delay',
      () => Probe.tcpSocket(22, { initialDelaySeconds: 1.5 }),
      'Probe.tcpSocket: initialDelaySeconds: must be a non-negative whole number of seconds or a count (got 1.5)',
    ],
    ['NaN', () => Probe.exec(['true'], { failureThreshold: Number.NaN }), 'Probe.exec: failureThreshold: must be a non-negative whole number of seconds or a count (got NaN)'],
  ])('throws on %s', (_name, make, message) => {
    expect(make).toThrow(message);
  });
});
