import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedPrivilegeEscalation } from './restricted-privilege-escalation';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-privilege-escalation', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedPrivilegeEscalation, spec)).toEqual([]);
  });

  it.each([
    ['false', { containers: [{ ...c, securityContext: { allowPrivilegeEscalation: false } }] }, []],
    ['unset', { containers: [c] }, ['error pss/restricted-privilege-escalation spec.containers[0].securityContext.allowPrivilegeEscalation']],
    ['true on an init container', { containers: [{ ...c, securityContext: { allowPrivilegeEscalation: false } }], initContainers: [{ ...c, name: 'i', securityContext: { allowPrivilegeEscalation: true } }] }, ['error pss/restricted-privilege-escalation spec.initContainers[0].securityContext.allowPrivilegeEscalation']],
    ['a windows pod', { os: { name: 'windows' }, containers: [c] }, []],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedPrivilegeEscalation, spec)).toEqual(expected);
  });
});
