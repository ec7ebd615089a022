import { describe, expect, it } from 'vitest';
import { runPodRule } from '../rules/pod/testkit';
import { OVERRIDDEN_AT_RESTRICTED, PSS_RULES } from './index';

const RESTRICTED_POD = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  volumes: [{ name: 'data', emptyDir: {} }],
  containers: [{
    name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 8080 }],
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } },
  }],
};

describe('PSS_RULES', () => {
  it('keeps in restricted every baseline check the restricted ones do not replace, plus the restricted ones', () => {
    for (const rule of PSS_RULES.baseline) {
      if (OVERRIDDEN_AT_RESTRICTED.includes(rule)) expect(PSS_RULES.restricted).not.toContain(rule);
      else expect(PSS_RULES.restricted).toContain(rule);
    }
    expect(OVERRIDDEN_AT_RESTRICTED.map((r) => r.id)).toEqual(['pss/baseline-host-path-volumes', 'pss/baseline-seccomp', 'pss/baseline-capabilities']);
    expect(PSS_RULES.baseline.every((r) => r.id.startsWith('pss/baseline-'))).toBe(true);
    const extra = PSS_RULES.restricted.filter((r) => !PSS_RULES.baseline.includes(r));
    expect(extra.length).toBeGreaterThan(0);
    expect(extra.every((r) => r.id.startsWith('pss/restricted-'))).toBe(true);
  });

  it('has unique ids', () => {
    const ids = PSS_RULES.restricted.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PSS_RULES.restricted.map((r) => [r.id, r] as const))('%s accepts a restricted pod', (_id, rule) => {
    expect(runPodRule(rule, RESTRICTED_POD)).toEqual([]);
  });

  it('lets a minimal pod pass baseline but not restricted', () => {
    const minimal = { containers: [{ name: 'web', image: 'nginx' }] };
    expect(PSS_RULES.baseline.flatMap((r) => runPodRule(r, minimal))).toEqual([]);
    const restricted = PSS_RULES.restricted.flatMap((r) => runPodRule(r, minimal).map((f) => f.fieldPath));
    expect(restricted).toEqual([
      'spec.containers[0].securityContext.allowPrivilegeEscalation',
      'spec.containers[0].securityContext.runAsNonRoot',
      'spec.containers[0].securityContext.seccompProfile.type',
      'spec.containers[0].securityContext.capabilities.drop',
    ]);
  });

  it.each([
    ['a hostPath volume', { volumes: [{ name: 'h', hostPath: { path: '/x' } }] }, 'spec.volumes[0].hostPath', 'pss/restricted-volume-types'],
    ['an Unconfined seccomp profile', { securityContext: { ...RESTRICTED_POD.securityContext, seccompProfile: { type: 'Unconfined' } } }, 'spec.securityContext.seccompProfile.type', 'pss/restricted-seccomp'],
    ['an added SYS_ADMIN', { containers: [{ ...RESTRICTED_POD.containers[0], securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } } }] }, 'spec.containers[0].securityContext.capabilities.add[0]', 'pss/restricted-capabilities'],
  ] as Array<[string, Record<string, unknown>, string, string]>)('reports %s once at the restricted level, by the restricted check', (_label, change, fieldPath, ruleId) => {
    const spec = { ...RESTRICTED_POD, ...change };
    const findings = PSS_RULES.restricted.flatMap((r) => runPodRule(r, spec).map((f) => ({ ruleId: f.ruleId ?? r.id, fieldPath: f.fieldPath })));
    expect(findings).toEqual([{ ruleId, fieldPath }]);
    expect(PSS_RULES.baseline.flatMap((r) => runPodRule(r, spec)).map((f) => f.fieldPath)).toEqual([fieldPath]);
  });

  it('names the field to set in every hint', () => {
    const bad = { hostNetwork: true, containers: [{ name: 'web', image: 'nginx', securityContext: { privileged: true, runAsUser: 0 } }] };
    const findings = PSS_RULES.restricted.flatMap((r) => runPodRule(r, bad));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.hint).toContain('spec.');
  });
});
