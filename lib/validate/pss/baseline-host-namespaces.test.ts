import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineHostNamespaces } from './baseline-host-namespaces';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-host-namespaces', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineHostNamespaces, spec)).toEqual([]);
  });

  it.each([
    ['no host namespaces', { containers: [c] }, []],
    ['false values', { containers: [c], hostNetwork: false, hostPID: false }, []],
    ['hostNetwork', { containers: [c], hostNetwork: true }, ['error pss/baseline-host-namespaces spec.hostNetwork']],
    ['hostPID and hostIPC', { containers: [c], hostPID: true, hostIPC: true }, ['error pss/baseline-host-namespaces spec.hostPID', 'error pss/baseline-host-namespaces spec.hostIPC']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineHostNamespaces, spec)).toEqual(expected);
  });
});
