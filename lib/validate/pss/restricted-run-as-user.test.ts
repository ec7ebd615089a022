import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedRunAsUser } from './restricted-run-as-user';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-run-as-user', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedRunAsUser, spec)).toEqual([]);
  });

  it.each([
    ['a non-zero user', { containers: [c], securityContext: { runAsUser: 1000 } }, []],
    ['root on the pod', { containers: [c], securityContext: { runAsUser: 0 } }, ['error pss/restricted-run-as-user spec.securityContext.runAsUser']],
    ['root on a container', { containers: [{ ...c, securityContext: { runAsUser: 0 } }] }, ['error pss/restricted-run-as-user spec.containers[0].securityContext.runAsUser']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedRunAsUser, spec)).toEqual(expected);
  });
});
