import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineSelinux } from './baseline-selinux';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-selinux', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineSelinux, spec)).toEqual([]);
  });

  it.each([
    ['container_t', { containers: [c], securityContext: { seLinuxOptions: { type: 'container_t', level: 's0:c123,c456' } } }, []],
    ['spc_t', { containers: [c], securityContext: { seLinuxOptions: { type: 'spc_t' } } }, ['error pss/baseline-selinux spec.securityContext.seLinuxOptions.type']],
    ['a user', { containers: [{ ...c, securityContext: { seLinuxOptions: { user: 'root' } } }] }, ['error pss/baseline-selinux spec.containers[0].securityContext.seLinuxOptions.user']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineSelinux, spec)).toEqual(expected);
  });
});
