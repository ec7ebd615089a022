import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineProcMount } from './baseline-proc-mount';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-proc-mount', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineProcMount, spec)).toEqual([]);
  });

  it.each([
    ['Default', { containers: [{ ...c, securityContext: { procMount: 'Default' } }] }, []],
    ['Unmasked', { containers: [{ ...c, securityContext: { procMount: 'Unmasked' } }] }, ['error pss/baseline-proc-mount spec.containers[0].securityContext.procMount']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineProcMount, spec)).toEqual(expected);
  });
});

describe('pss/baseline-proc-mount before ProcMountType is on by default', () => {
  it.each([
    [32, []],
    [33, ['error pss/baseline-proc-mount spec.containers[0].securityContext.procMount']],
  ])('Unmasked on 1.%i (the server resets procMount to Default before 1.33)', (minor, expected) => {
    const spec = { containers: [{ ...c, securityContext: { procMount: 'Unmasked' } }] };
    expect(summarize(baselineProcMount, spec, { minor })).toEqual(expected);
  });
});

describe('pss/baseline-proc-mount with a user namespace', () => {
  it.each([
    [34, ['error pss/baseline-proc-mount spec.containers[0].securityContext.procMount']],
    [35, []],
  ])('Unmasked with hostUsers: false on 1.%i', (minor, expected) => {
    const spec = { containers: [{ ...c, securityContext: { procMount: 'Unmasked' } }], hostUsers: false };
    expect(summarize(baselineProcMount, spec, { minor })).toEqual(expected);
  });
});
