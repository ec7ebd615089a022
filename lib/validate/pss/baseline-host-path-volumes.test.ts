import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineHostPathVolumes } from './baseline-host-path-volumes';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-host-path-volumes', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineHostPathVolumes, spec)).toEqual([]);
  });

  it.each([
    ['an emptyDir', { containers: [c], volumes: [{ name: 'd', emptyDir: {} }] }, []],
    ['a hostPath', { containers: [c], volumes: [{ name: 'd', emptyDir: {} }, { name: 'h', hostPath: { path: '/var/log' } }] }, ['error pss/baseline-host-path-volumes spec.volumes[1].hostPath']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineHostPathVolumes, spec)).toEqual(expected);
  });
});
