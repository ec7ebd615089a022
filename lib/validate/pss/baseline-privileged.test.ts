import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselinePrivileged } from './baseline-privileged';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-privileged', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselinePrivileged, spec)).toEqual([]);
  });

  it.each([
    ['unset', { containers: [c] }, []],
    ['false', { containers: [{ ...c, securityContext: { privileged: false } }] }, []],
    ['a privileged init container', { containers: [c], initContainers: [{ ...c, name: 'i', securityContext: { privileged: true } }] }, ['error pss/baseline-privileged spec.initContainers[0].securityContext.privileged']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselinePrivileged, spec)).toEqual(expected);
  });
});
