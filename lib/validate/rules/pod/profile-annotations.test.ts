import { describe, expect, it } from 'vitest';
import { profileAnnotations } from './profile-annotations';
import { DEGENERATE_SPECS, summarize } from './testkit';

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_WEB = 'container.seccomp.security.alpha.kubernetes.io/web';
const APPARMOR_WEB = 'container.apparmor.security.beta.kubernetes.io/web';
const APPARMOR_INIT = 'container.apparmor.security.beta.kubernetes.io/setup';

const pod = (podContext?: unknown, containerContext?: unknown, extra: Record<string, unknown> = {}) => ({
  containers: [{ name: 'web', image: 'nginx', securityContext: containerContext }],
  initContainers: [{ name: 'setup', image: 'busybox' }],
  securityContext: podContext,
  ...extra,
});
const meta = (annotations: Record<string, string>) => ({ metadata: { annotations } });

describe('security/profile-annotations', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(profileAnnotations, spec, meta({ [SECCOMP_POD]: 'unconfined', [APPARMOR_WEB]: 'unconfined' }))).toEqual([]);
  });

  it.each([
    ['pod seccomp field and annotation agree', pod({ seccompProfile: { type: 'RuntimeDefault' } }), { [SECCOMP_POD]: 'runtime/default' }, []],
    ['RuntimeDefault matches docker/default', pod({ seccompProfile: { type: 'RuntimeDefault' } }), { [SECCOMP_POD]: 'docker/default' }, []],
    ['pod seccomp type disagrees', pod({ seccompProfile: { type: 'RuntimeDefault' } }), { [SECCOMP_POD]: 'unconfined' }, ['error security/profile-annotations spec.securityContext.seccompProfile.type']],
    ['Unconfined against runtime/default', pod({ seccompProfile: { type: 'Unconfined' } }), { [SECCOMP_POD]: 'runtime/default' }, ['error security/profile-annotations spec.securityContext.seccompProfile.type']],
    ['Localhost with another profile', pod({ seccompProfile: { type: 'Localhost', localhostProfile: 'b.json' } }), { [SECCOMP_POD]: 'localhost/a.json' }, ['error security/profile-annotations spec.securityContext.seccompProfile.localhostProfile']],
    ['Localhost with the same profile', pod({ seccompProfile: { type: 'Localhost', localhostProfile: 'a.json' } }), { [SECCOMP_POD]: 'localhost/a.json' }, []],
    ['Localhost against unconfined', pod({ seccompProfile: { type: 'Localhost', localhostProfile: 'a.json' } }), { [SECCOMP_POD]: 'unconfined' }, ['error security/profile-annotations spec.securityContext.seccompProfile.type']],
    ['an annotation without a field', pod(), { [SECCOMP_POD]: 'unconfined', [SECCOMP_WEB]: 'unconfined' }, []],
    ['container seccomp disagrees', pod(undefined, { seccompProfile: { type: 'Unconfined' } }), { [SECCOMP_WEB]: 'runtime/default' }, ['error security/profile-annotations spec.containers[0].securityContext.seccompProfile.type']],
    ['container seccomp against the pod annotation only', pod(undefined, { seccompProfile: { type: 'Unconfined' } }), { [SECCOMP_POD]: 'runtime/default' }, []],
    ['container AppArmor disagrees', pod(undefined, { appArmorProfile: { type: 'Unconfined' } }), { [APPARMOR_WEB]: 'runtime/default' }, ['error security/profile-annotations spec.containers[0].securityContext.appArmorProfile.type']],
    ['container AppArmor agrees', pod(undefined, { appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-nginx' } }), { [APPARMOR_WEB]: 'localhost/k8s-nginx' }, []],
    ['container AppArmor Localhost with another name', pod(undefined, { appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-nginx' } }), { [APPARMOR_WEB]: 'localhost/other' }, ['error security/profile-annotations spec.containers[0].securityContext.appArmorProfile.localhostProfile']],
    ['a Pod: the annotation is copied into the container first', pod({ appArmorProfile: { type: 'Unconfined' } }), { [APPARMOR_WEB]: 'runtime/default' }, []],
    ['a Pod: an empty annotation is not copied', pod({ appArmorProfile: { type: 'Unconfined' } }), { [APPARMOR_INIT]: '' }, ['error security/profile-annotations spec.initContainers[0].securityContext.appArmorProfile.type']],
    ['a Windows pod is not checked', pod(undefined, { appArmorProfile: { type: 'Unconfined' } }, { os: { name: 'windows' } }), { [APPARMOR_WEB]: 'runtime/default' }, []],
  ])('%s', (_label, spec, annotations, expected) => {
    expect(summarize(profileAnnotations, spec, meta(annotations))).toEqual(expected);
  });

  it('checks a template against the pod-level AppArmor profile (no copy into the container)', () => {
    expect(summarize(profileAnnotations, pod({ appArmorProfile: { type: 'Unconfined' } }), { template: true, ...meta({ [APPARMOR_WEB]: 'runtime/default' }) }))
      .toEqual(['error security/profile-annotations spec.template.spec.containers[0].securityContext.appArmorProfile.type']);
  });

  it('checks AppArmor from 1.30 only (no fields before)', () => {
    const spec = pod(undefined, { appArmorProfile: { type: 'Unconfined' } });
    expect(summarize(profileAnnotations, spec, { minor: 29, ...meta({ [APPARMOR_WEB]: 'runtime/default' }) })).toEqual([]);
    expect(summarize(profileAnnotations, spec, { minor: 30, ...meta({ [APPARMOR_WEB]: 'runtime/default' }) })).toHaveLength(1);
  });
});
