import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineHostProbes } from './baseline-host-probes';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-host-probes', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineHostProbes, spec)).toEqual([]);
  });

  it.each([
    ['a probe without host', { containers: [{ ...c, livenessProbe: { httpGet: { port: 80 } } }] }, []],
    ['a probe with a host', { containers: [{ ...c, livenessProbe: { httpGet: { port: 80, host: '10.0.0.1' } } }] }, ['error pss/baseline-host-probes spec.containers[0].livenessProbe.httpGet.host']],
    ['a hook with a host', { containers: [{ ...c, lifecycle: { preStop: { tcpSocket: { port: 80, host: 'db' } } } }] }, ['error pss/baseline-host-probes spec.containers[0].lifecycle.preStop.tcpSocket.host']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineHostProbes, spec)).toEqual(expected);
  });
});

describe('pss/baseline-host-probes before 1.34', () => {
  it('does not apply', () => {
    const spec = { containers: [{ ...c, livenessProbe: { httpGet: { port: 80, host: '10.0.0.1' } } }] };
    expect(summarize(baselineHostProbes, spec, { minor: 33 })).toEqual([]);
    expect(summarize(baselineHostProbes, spec, { minor: 34 })).toEqual(['error pss/baseline-host-probes spec.containers[0].livenessProbe.httpGet.host']);
  });
});
