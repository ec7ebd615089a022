import { describe, expect, it } from 'vitest';
import { runPodRule } from '../rules/pod/testkit';
import { PSS_RULES } from './index';

const RESTRICTED_POD = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  volumes: [{ name: 'data', emptyDir: {} }],
  containers: [{
    name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 8080 }],
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } },
  }],
};

describe('PSS_RULES', () => {
  it('keeps every baseline check in restricted, plus the restricted ones', () => {
    for (const rule of PSS_RULES.baseline) expect(PSS_RULES.restricted).toContain(rule);
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

  it('names the field to set in every hint', () => {
    const bad = { hostNetwork: true, containers: [{ name: 'web', image: 'nginx', securityContext: { privileged: true, runAsUser: 0 } }] };
    const findings = PSS_RULES.restricted.flatMap((r) => runPodRule(r, bad));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.hint).toContain('spec.');
  });
});
