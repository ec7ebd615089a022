import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineWindowsHostProcess } from './baseline-windows-host-process';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-windows-host-process', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineWindowsHostProcess, spec)).toEqual([]);
  });

  it.each([
    ['no host process', { containers: [c], securityContext: { windowsOptions: { runAsUserName: 'x' } } }, []],
    ['a host process pod', { containers: [c], securityContext: { windowsOptions: { hostProcess: true } } }, ['error pss/baseline-windows-host-process spec.securityContext.windowsOptions.hostProcess']],
    ['a host process container', { containers: [{ ...c, securityContext: { windowsOptions: { hostProcess: true } } }] }, ['error pss/baseline-windows-host-process spec.containers[0].securityContext.windowsOptions.hostProcess']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineWindowsHostProcess, spec)).toEqual(expected);
  });
});
