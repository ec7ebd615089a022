import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineSysctls } from './baseline-sysctls';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-sysctls', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineSysctls, spec)).toEqual([]);
  });

  it.each([
    ['a safe sysctl', { containers: [c], securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }] } }, []],
    ['an unsafe sysctl', { containers: [c], securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '65536' }] } }, ['error pss/baseline-sysctls spec.securityContext.sysctls[0].name']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineSysctls, spec)).toEqual(expected);
  });
});

describe('pss/baseline-sysctls by version', () => {
  it.each([
    ['net.ipv4.ip_local_reserved_ports', 28, true],
    ['net.ipv4.tcp_keepalive_time', 28, false],
    ['net.ipv4.tcp_keepalive_time', 29, true],
    ['net.ipv4.tcp_rmem', 31, false],
    ['net.ipv4.tcp_rmem', 32, true],
  ])('%s on 1.%i allowed: %s', (name, minor, allowed) => {
    const spec = { containers: [c], securityContext: { sysctls: [{ name, value: '1' }] } };
    expect(summarize(baselineSysctls, spec, { minor })).toEqual(allowed ? [] : ['error pss/baseline-sysctls spec.securityContext.sysctls[0].name']);
  });
});
