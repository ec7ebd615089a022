import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedProcMount } from './restricted-proc-mount';

const c = { name: 'app', image: 'nginx:1.27' };
const unmasked = { ...c, securityContext: { procMount: 'Unmasked' } };

describe('pss/restricted-proc-mount', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedProcMount, spec)).toEqual([]);
  });

  it.each([
    ['Default with hostUsers: false', { hostUsers: false, containers: [{ ...c, securityContext: { procMount: 'Default' } }] }, []],
    ['Unmasked with hostUsers: false', { hostUsers: false, containers: [unmasked] }, ['error pss/restricted-proc-mount spec.containers[0].securityContext.procMount']],
    ['Unmasked in an init container with hostUsers: false', { hostUsers: false, initContainers: [unmasked], containers: [c] }, ['error pss/restricted-proc-mount spec.initContainers[0].securityContext.procMount']],
    ['Unmasked without a user namespace (left to pss/baseline-proc-mount)', { containers: [unmasked] }, []],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedProcMount, spec)).toEqual(expected);
  });

  it.each([
    [34, []],
    [35, ['error pss/restricted-proc-mount spec.containers[0].securityContext.procMount']],
  ])('Unmasked with hostUsers: false on 1.%i', (minor, expected) => {
    expect(summarize(restrictedProcMount, { hostUsers: false, containers: [unmasked] }, { minor })).toEqual(expected);
  });
});
