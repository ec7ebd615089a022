import { describe, expect, it } from 'vitest';
import { probes } from './probes';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withProbe = (kind: string, probe: unknown, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'a', image: 'x', [kind]: probe, ...extra }] });
const http = { httpGet: { port: 8080, path: '/healthz' } };
const P = 'spec.containers[0]';

describe('probe/values', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(probes, spec)).toEqual([]);
  });

  it.each([
    ['a probe of the wrong type', withProbe('livenessProbe', 'x'), []],
    ['no handler', withProbe('livenessProbe', { periodSeconds: 5 }), [`error probe/handler ${P}.livenessProbe`]],
    ['two handlers', withProbe('readinessProbe', { exec: { command: ['true'] }, tcpSocket: { port: 80 } }), [`error probe/handler ${P}.readinessProbe.tcpSocket`]],
    ['an exec probe without command', withProbe('livenessProbe', { exec: {} }), [`error probe/exec-command ${P}.livenessProbe.exec.command`]],
    ['an exec probe with an empty command', withProbe('livenessProbe', { exec: { command: [] } }), [`error probe/exec-command ${P}.livenessProbe.exec.command`]],
    ['a good exec probe', withProbe('livenessProbe', { exec: { command: ['ls', '/tmp/healthy'] }, initialDelaySeconds: 10, periodSeconds: 5, successThreshold: 1, failureThreshold: 2 }), []],
    ['an httpGet port 0', withProbe('livenessProbe', { httpGet: { port: 0 } }), [`error probe/port ${P}.livenessProbe.httpGet.port`]],
    ['an httpGet port 70000', withProbe('livenessProbe', { httpGet: { port: 70000 } }), [`error probe/port ${P}.livenessProbe.httpGet.port`]],
    ['an httpGet port as a numeric string', withProbe('livenessProbe', { httpGet: { port: '8080' } }), [`error probe/port ${P}.livenessProbe.httpGet.port`]],
    ['an httpGet without port (the schema layer reports it)', withProbe('livenessProbe', { httpGet: { path: '/' } }), []],
    ['an httpGet with an empty port name', withProbe('livenessProbe', { httpGet: { port: '' } }), [`error probe/port ${P}.livenessProbe.httpGet.port`]],
    ['a declared named port', withProbe('livenessProbe', { httpGet: { port: 'http' } }, { ports: [{ name: 'http', containerPort: 80 }] }), []],
    ['an undeclared named port', withProbe('livenessProbe', { tcpSocket: { port: 'http' } }), [`warning probe/named-port ${P}.livenessProbe.tcpSocket.port`]],
    ['a lower-case scheme', withProbe('livenessProbe', { httpGet: { port: 80, scheme: 'https' } }), [`error probe/scheme ${P}.livenessProbe.httpGet.scheme`]],
    ['a bad header name', withProbe('livenessProbe', { httpGet: { port: 80, httpHeaders: [{ name: 'X Bad', value: '1' }] } }), [`error probe/http-header ${P}.livenessProbe.httpGet.httpHeaders`]],
    ['a grpc port 0', withProbe('livenessProbe', { grpc: { port: 0 } }), [`error probe/port ${P}.livenessProbe.grpc.port`]],
    ['a good grpc probe', withProbe('startupProbe', { grpc: { port: 9090, service: 'health' } }), []],
    ['a negative period', withProbe('readinessProbe', { ...http, periodSeconds: -1 }), [`error probe/negative ${P}.readinessProbe.periodSeconds`]],
    ['zero timeout and period (defaulted)', withProbe('readinessProbe', { ...http, timeoutSeconds: 0, periodSeconds: 0, failureThreshold: 0 }), []],
    ['liveness successThreshold 3', withProbe('livenessProbe', { ...http, successThreshold: 3 }), [`error probe/liveness-success-threshold ${P}.livenessProbe.successThreshold`]],
    ['startup successThreshold 2', withProbe('startupProbe', { ...http, successThreshold: 2 }), [`error probe/startup-success-threshold ${P}.startupProbe.successThreshold`]],
    ['readiness successThreshold 3', withProbe('readinessProbe', { ...http, successThreshold: 3 }), []],
    ['liveness successThreshold -1 (negative and not 1)', withProbe('livenessProbe', { ...http, successThreshold: -1 }), [`error probe/negative ${P}.livenessProbe.successThreshold`, `error probe/liveness-success-threshold ${P}.livenessProbe.successThreshold`]],
    ['liveness successThreshold 0 (defaulted to 1)', withProbe('livenessProbe', { ...http, successThreshold: 0 }), []],
    ['readiness terminationGracePeriodSeconds 0 (set, and not positive)', withProbe('readinessProbe', { ...http, terminationGracePeriodSeconds: 0 }), [`error probe/termination-grace-period ${P}.readinessProbe.terminationGracePeriodSeconds`, `error probe/termination-grace-period ${P}.readinessProbe.terminationGracePeriodSeconds`]],
    ['liveness grace period 0', withProbe('livenessProbe', { ...http, terminationGracePeriodSeconds: 0 }), [`error probe/termination-grace-period ${P}.livenessProbe.terminationGracePeriodSeconds`]],
    ['liveness grace period 10', withProbe('livenessProbe', { ...http, terminationGracePeriodSeconds: 10 }), []],
    ['readiness grace period', withProbe('readinessProbe', { ...http, terminationGracePeriodSeconds: 10 }), [`error probe/termination-grace-period ${P}.readinessProbe.terminationGracePeriodSeconds`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(probes, spec)).toEqual(expected);
  });

  it.each([
    ['a run-to-completion init container', undefined, ['error probe/init-container spec.initContainers[0].readinessProbe']],
    ['a native sidecar', 'Always', []],
  ])('a readiness probe on %s', (_label, policy, expected) => {
    const spec = { containers: [{ name: 'a', image: 'x' }], initContainers: [{ name: 'i', image: 'x', restartPolicy: policy, readinessProbe: http }] };
    expect(summarize(probes, spec)).toEqual(expected);
  });

  it('refuses sidecar probes on 1.28, where restartPolicy is dropped', () => {
    const spec = { containers: [{ name: 'a', image: 'x' }], initContainers: [{ name: 'i', image: 'x', restartPolicy: 'Always', livenessProbe: http }] };
    expect(summarize(probes, spec, { minor: 28 })).toEqual(['error probe/init-container spec.initContainers[0].livenessProbe']);
  });
});
