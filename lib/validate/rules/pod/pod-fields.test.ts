import { describe, expect, it } from 'vitest';
import { podFields } from './pod-fields';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('pod/fields', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(podFields, spec)).toEqual([]);
  });

  it.each([
    ['nothing special', {}, []],
    ['a good hostname and subdomain', { hostname: 'web-0', subdomain: 'web' }, []],
    ['a dotted hostname', { hostname: 'web.local' }, ['error pod/hostname spec.hostname']],
    ['an upper-case subdomain', { subdomain: 'Web' }, ['error pod/hostname spec.subdomain']],
    ['a bad service account', { serviceAccountName: 'My_SA' }, ['error pod/service-account-name spec.serviceAccountName']],
    ['a bad node name', { nodeName: 'Node 1' }, ['error scheduling/node-name spec.nodeName']],
    ['a bad priority class', { priorityClassName: 'High' }, ['error scheduling/priority-class-name spec.priorityClassName']],
    ['an empty runtime class', { runtimeClassName: '' }, ['error pod/runtime-class-name spec.runtimeClassName']],
    ['activeDeadlineSeconds 0', { activeDeadlineSeconds: 0 }, ['error pod/active-deadline-seconds spec.activeDeadlineSeconds']],
    ['activeDeadlineSeconds 60', { activeDeadlineSeconds: 60 }, []],
    ['a negative grace period', { terminationGracePeriodSeconds: -1 }, ['warning pod/termination-grace-period spec.terminationGracePeriodSeconds']],
    ['a zero grace period', { terminationGracePeriodSeconds: 0 }, []],
    ['an unknown preemption policy', { preemptionPolicy: 'Always' }, ['error scheduling/preemption-policy spec.preemptionPolicy']],
    ['os darwin', { os: { name: 'darwin' } }, ['error pod/os spec.os']],
    ['os without name (the schema layer reports it)', { os: {} }, []],
    ['os with an empty name', { os: { name: '' } }, ['error pod/os spec.os.name']],
    ['a bad host alias IP', { hostAliases: [{ ip: '300.1.1.1', hostnames: ['db.local'] }] }, ['error pod/host-aliases spec.hostAliases[0].ip']],
    ['a host alias IP with leading zeros (read as decimal by the legacy parser)', { hostAliases: [{ ip: '010.001.000.001', hostnames: ['db.local'] }] }, []],
    ['a host alias IP with a zone', { hostAliases: [{ ip: 'fe80::1%eth0', hostnames: ['db.local'] }] }, ['error pod/host-aliases spec.hostAliases[0].ip']],
    ['a bad host alias name', { hostAliases: [{ ip: '127.0.0.1', hostnames: ['DB'] }] }, ['error pod/host-aliases spec.hostAliases[0].hostnames[0]']],
    ['a bad readiness gate', { readinessGates: [{ conditionType: 'a b' }] }, ['error pod/readiness-gates spec.readinessGates[0].conditionType']],
    ['a duplicate scheduling gate', { schedulingGates: [{ name: 'x.io/a' }, { name: 'x.io/a' }] }, ['error scheduling/scheduling-gates spec.schedulingGates[1]']],
    ['scheduling gates with a node name', { schedulingGates: [{ name: 'x.io/a' }], nodeName: 'n1' }, ['error scheduling/scheduling-gates spec.nodeName']],
  ])('%s', (_label, extra, expected) => {
    expect(summarize(podFields, pod(extra))).toEqual(expected);
  });
});

describe('pod/hostname hostnameOverride', () => {
  const spec = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });
  it.each([
    ['a DNS subdomain', spec({ hostnameOverride: 'db-0.example.com' }), []],
    ['64 characters', spec({ hostnameOverride: `${'a'.repeat(32)}.${'b'.repeat(31)}` }), []],
    ['65 characters', spec({ hostnameOverride: `${'a'.repeat(32)}.${'b'.repeat(32)}` }), ['error pod/hostname spec.hostnameOverride']],
    ['upper case', spec({ hostnameOverride: 'DB.example.com' }), ['error pod/hostname spec.hostnameOverride']],
    ['with setHostnameAsFQDN', spec({ hostnameOverride: 'db', setHostnameAsFQDN: true }), ['error pod/hostname spec.setHostnameAsFQDN']],
    ['with setHostnameAsFQDN false', spec({ hostnameOverride: 'db', setHostnameAsFQDN: false }), []],
    ['with hostNetwork', spec({ hostnameOverride: 'db', hostNetwork: true }), ['error pod/hostname spec.hostNetwork']],
  ])('%s', (_label, podSpec, expected) => {
    expect(summarize(podFields, podSpec, { minor: 35 })).toEqual(expected);
  });

  it('is dropped on 1.34 (HostnameOverride off by default)', () => {
    expect(summarize(podFields, spec({ hostnameOverride: 'DB', hostNetwork: true }), { minor: 34 })).toEqual([]);
  });
});
