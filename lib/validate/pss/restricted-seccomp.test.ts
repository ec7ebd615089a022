import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedSeccomp } from './restricted-seccomp';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-seccomp', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedSeccomp, spec)).toEqual([]);
  });

  it.each([
    ['RuntimeDefault on the pod', { containers: [c], securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }, []],
    ['Localhost on every container', { containers: [{ ...c, securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } }] }, []],
    ['unset', { containers: [c] }, ['error pss/restricted-seccomp spec.containers[0].securityContext.seccompProfile.type']],
    ['Unconfined on a container', { containers: [{ ...c, securityContext: { seccompProfile: { type: 'Unconfined' } } }], securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }, ['error pss/restricted-seccomp spec.containers[0].securityContext.seccompProfile.type']],
    ['a windows pod', { os: { name: 'windows' }, containers: [c] }, []],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedSeccomp, spec)).toEqual(expected);
  });
});
