import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rule';
import { checkAppArmor, checkIds, checkSeccomp } from './security-profiles';

function run(check: (ctx: { minor: number; report(f: Finding): void }) => void): string[] {
  const out: string[] = [];
  check({ minor: 36, report: (f) => out.push(f.fieldPath) });
  return out;
}

describe('security profiles', () => {
  it('checks IDs', () => {
    expect(run((ctx) => checkIds({ runAsUser: 0, runAsGroup: -1, fsGroup: 2 ** 31 }, 'c', ['runAsUser', 'runAsGroup', 'fsGroup'], ctx))).toEqual(['c.runAsGroup', 'c.fsGroup']);
  });

  it.each([
    [{ type: 'RuntimeDefault' }, []],
    [{ type: 'Localhost', localhostProfile: 'p/audit.json' }, []],
    [{ type: 'Localhost' }, ['c.seccompProfile.localhostProfile']],
    [{ type: 'Localhost', localhostProfile: '../p.json' }, ['c.seccompProfile.localhostProfile']],
    [{ type: 'Unconfined', localhostProfile: 'p.json' }, ['c.seccompProfile.localhostProfile']],
    [{ type: 'Default' }, ['c.seccompProfile.type']],
  ])('seccomp %j', (profile, expected) => {
    expect(run((ctx) => checkSeccomp({ seccompProfile: profile }, 'c', ctx))).toEqual(expected);
  });

  it.each([
    [{ type: 'RuntimeDefault' }, []],
    [{ type: 'Localhost', localhostProfile: 'k8s-nginx' }, []],
    [{ type: 'Localhost', localhostProfile: ' k8s-nginx' }, ['c.appArmorProfile.localhostProfile']],
    [{ type: 'Localhost', localhostProfile: '' }, ['c.appArmorProfile.localhostProfile']],
    [{ type: 'Unconfined', localhostProfile: 'x' }, ['c.appArmorProfile.localhostProfile']],
    [{ type: '' }, ['c.appArmorProfile.type']],
  ])('AppArmor %j', (profile, expected) => {
    expect(run((ctx) => checkAppArmor({ appArmorProfile: profile }, 'c', ctx))).toEqual(expected);
  });
});
