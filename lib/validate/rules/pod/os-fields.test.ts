import { describe, expect, it } from 'vitest';
import { osFields } from './os-fields';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (os: string | undefined, podContext?: unknown, containerContext?: unknown, extra: Record<string, unknown> = {}) =>
  ({ containers: [{ name: 'a', image: 'x', securityContext: containerContext }], securityContext: podContext, ...(os ? { os: { name: os } } : {}), ...extra });

describe('security/os-fields', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(osFields, spec)).toEqual([]);
  });

  it.each([
    ['no os with anything', pod(undefined, { runAsUser: 1, windowsOptions: {} }), []],
    ['linux with runAsUser', pod('linux', { runAsUser: 1000 }, { capabilities: { drop: ['ALL'] } }), []],
    ['linux with windowsOptions', pod('linux', { windowsOptions: { runAsUserName: 'x' } }), ['error security/os-fields spec.securityContext.windowsOptions']],
    ['linux with container windowsOptions', pod('linux', undefined, { windowsOptions: {} }), ['error security/os-fields spec.containers[0].securityContext.windowsOptions']],
    ['windows with windowsOptions', pod('windows', { windowsOptions: { runAsUserName: 'ContainerUser' } }), []],
    ['windows with runAsUser', pod('windows', { runAsUser: 1000 }), ['error security/os-fields spec.securityContext.runAsUser']],
    ['windows with privileged', pod('windows', undefined, { privileged: false }), ['error security/os-fields spec.containers[0].securityContext.privileged']],
    ['windows with hostPID', pod('windows', undefined, undefined, { hostPID: true }), ['error security/os-fields spec.hostPID']],
    ['windows with shareProcessNamespace false', pod('windows', undefined, undefined, { shareProcessNamespace: false }), ['error security/os-fields spec.shareProcessNamespace']],
    ['windows with hostIPC false', pod('windows', undefined, undefined, { hostIPC: false }), []],
    ['windows with an empty sysctls list', pod('windows', { sysctls: [] }), []],
    ['windows with sysctls', pod('windows', { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }] }), ['error security/os-fields spec.securityContext.sysctls']],
    ['windows with hostUsers', pod('windows', undefined, undefined, { hostUsers: false }), ['error security/os-fields spec.hostUsers']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(osFields, spec)).toEqual(expected);
  });

  it.each([
    [32, []],
    [33, ['error security/os-fields spec.securityContext.supplementalGroupsPolicy', 'error security/os-fields spec.hostUsers', 'error security/os-fields spec.containers[0].securityContext.procMount']],
  ])('windows on 1.%i: fields dropped before 1.33 are not forbidden', (minor, expected) => {
    const spec = pod('windows', { supplementalGroupsPolicy: 'Merge' }, { procMount: 'Default' }, { hostUsers: true });
    expect(summarize(osFields, spec, { minor })).toEqual(expected);
  });
});
