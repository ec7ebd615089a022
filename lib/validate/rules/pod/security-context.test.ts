import { describe, expect, it } from 'vitest';
import { securityContext } from './security-context';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (podContext: unknown, containerContext?: unknown, extra: Record<string, unknown> = {}) =>
  ({ containers: [{ name: 'a', image: 'x', securityContext: containerContext }], securityContext: podContext, ...extra });
const P = 'spec.securityContext';
const C = 'spec.containers[0].securityContext';

describe('security/context', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(securityContext, spec)).toEqual([]);
  });

  it.each([
    ['a restricted-style context', pod({ runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } }, { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }), []],
    ['a negative runAsUser', pod({ runAsUser: -1 }), [`error security/context ${P}.runAsUser`]],
    ['a huge runAsGroup', pod(undefined, { runAsGroup: 2 ** 31 }), [`error security/context ${C}.runAsGroup`]],
    ['a negative supplemental group', pod({ supplementalGroups: [1, -2] }), [`error security/context ${P}.supplementalGroups[1]`]],
    ['an unknown fsGroupChangePolicy', pod({ fsGroupChangePolicy: 'Never' }), [`error security/context ${P}.fsGroupChangePolicy`]],
    ['seccomp without type (the schema layer reports it)', pod({ seccompProfile: {} }), []],
    ['seccomp with an empty type', pod({ seccompProfile: { type: '' } }), [`error security/context ${P}.seccompProfile.type`]],
    ['seccomp Localhost without profile', pod({ seccompProfile: { type: 'Localhost' } }), [`error security/context ${P}.seccompProfile.localhostProfile`]],
    ['seccomp Localhost with an absolute profile', pod(undefined, { seccompProfile: { type: 'Localhost', localhostProfile: '/etc/p.json' } }), [`error security/context ${C}.seccompProfile.localhostProfile`]],
    ['seccomp RuntimeDefault with a profile', pod({ seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'p.json' } }), [`error security/context ${P}.seccompProfile.localhostProfile`]],
    ['an unknown AppArmor type', pod(undefined, { appArmorProfile: { type: 'Default' } }), [`error security/context ${C}.appArmorProfile.type`]],
    ['AppArmor Localhost without profile', pod({ appArmorProfile: { type: 'Localhost' } }), [`error security/context ${P}.appArmorProfile.localhostProfile`]],
    ['a bad sysctl name', pod({ sysctls: [{ name: 'Net.IPv4', value: '1' }] }), [`error security/context ${P}.sysctls[0].name`]],
    ['a duplicate sysctl', pod({ sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }, { name: 'kernel.shm_rmid_forced', value: '0' }] }), [`error security/context ${P}.sysctls[1].name`]],
    ['a net sysctl with hostNetwork', pod({ sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }] }, undefined, { hostNetwork: true }), [`error security/context ${P}.sysctls[0].name`]],
    ['an IPC sysctl with hostIPC', pod({ sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }] }, undefined, { hostIPC: true }), [`error security/context ${P}.sysctls[0].name`]],
    ['shareProcessNamespace with hostPID', pod(undefined, undefined, { shareProcessNamespace: true, hostPID: true }), ['error security/context spec.shareProcessNamespace']],
    ['hostUsers false with hostNetwork', pod(undefined, undefined, { hostUsers: false, hostNetwork: true }), ['error security/context spec.hostNetwork']],
    ['procMount Unmasked with host users', pod(undefined, { procMount: 'Unmasked' }), [`error security/context ${C}.procMount`]],
    ['procMount Unmasked in a user namespace', pod(undefined, { procMount: 'Unmasked' }, { hostUsers: false }), []],
    ['no escalation but privileged', pod(undefined, { allowPrivilegeEscalation: false, privileged: true }), [`error security/context ${C}`]],
    ['no escalation but CAP_SYS_ADMIN', pod(undefined, { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } }), [`error security/context ${C}`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(securityContext, spec)).toEqual(expected);
  });

  it.each([
    [30, []],
    [32, []],
    [33, [`error security/context ${C}.procMount`]],
  ])('procMount on 1.%i (reset to Default before 1.33)', (minor, expected) => {
    expect(summarize(securityContext, pod(undefined, { procMount: 'Unmasked' }), { minor })).toEqual(expected);
  });

  it.each([
    [32, []],
    [33, ['error security/context spec.hostNetwork']],
  ])('hostUsers: false on 1.%i (dropped before 1.33)', (minor, expected) => {
    expect(summarize(securityContext, pod(undefined, undefined, { hostUsers: false, hostNetwork: true }), { minor })).toEqual(expected);
  });
});
