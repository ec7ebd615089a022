import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineSeccomp } from './baseline-seccomp';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-seccomp', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineSeccomp, spec)).toEqual([]);
  });

  it.each([
    ['unset', { containers: [c] }, []],
    ['RuntimeDefault', { containers: [c], securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }, []],
    ['Unconfined on the pod', { containers: [c], securityContext: { seccompProfile: { type: 'Unconfined' } } }, ['error pss/baseline-seccomp spec.securityContext.seccompProfile.type']],
    ['Unconfined on a container', { containers: [{ ...c, securityContext: { seccompProfile: { type: 'Unconfined' } } }] }, ['error pss/baseline-seccomp spec.containers[0].securityContext.seccompProfile.type']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineSeccomp, spec)).toEqual(expected);
  });
});
