import { describe, expect, it } from 'vitest';
import type * as k8s from '../k8s/types.generated';
import { validateObjects } from '../validate';
import { applyRestrictedProfile } from './restricted-profile';

const HARDENED_CONTEXT = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
const POD_CONTEXT = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

function apply(spec: unknown): Record<string, unknown> {
  return applyRestrictedProfile(spec as k8s.PodSpec) as unknown as Record<string, unknown>;
}

function restrictedErrors(spec: unknown): string[] {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec };
  return validateObjects([pod], { podSecurity: 'restricted' })
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.ruleId} ${d.fieldPath}`);
}

describe('applyRestrictedProfile', () => {
  it.each([
    ['an empty spec', {}, { securityContext: POD_CONTEXT }],
    ['an empty container list', { containers: [] }, { containers: [], securityContext: POD_CONTEXT }],
    ['a container that is not an object', { containers: [null, 'x'] }, { containers: [null, 'x'], securityContext: POD_CONTEXT }],
    ['a pod security context of the wrong type', { securityContext: 'x', containers: [] }, { securityContext: 'x', containers: [] }],
    [
      'a container security context of the wrong type',
      { containers: [{ name: 'a', securityContext: [] }] },
      { containers: [{ name: 'a', securityContext: [] }], securityContext: POD_CONTEXT },
    ],
  ])('leaves what it cannot complete as it is: %s', (_name, spec, expected) => {
    expect(apply(spec)).toEqual(expected);
  });

  it('fills in the pod and every container, init container and ephemeral container', () => {
    const spec = {
      initContainers: [{ name: 'init', image: 'busybox' }, { name: 'sidecar', image: 'busybox', restartPolicy: 'Always' }],
      containers: [{ name: 'web', image: 'nginx' }],
      ephemeralContainers: [{ name: 'debug', image: 'busybox' }],
    };
    expect(apply(spec)).toEqual({
      initContainers: [
        { name: 'init', image: 'busybox', securityContext: HARDENED_CONTEXT },
        { name: 'sidecar', image: 'busybox', restartPolicy: 'Always', securityContext: HARDENED_CONTEXT },
      ],
      containers: [{ name: 'web', image: 'nginx', securityContext: HARDENED_CONTEXT }],
      ephemeralContainers: [{ name: 'debug', image: 'busybox', securityContext: HARDENED_CONTEXT }],
      securityContext: POD_CONTEXT,
    });
  });

  it('keeps every field already set and completes only what is missing', () => {
    const spec = {
      securityContext: { runAsUser: 1000, fsGroup: 2000 },
      containers: [
        { name: 'a', securityContext: { readOnlyRootFilesystem: true, capabilities: { add: ['NET_BIND_SERVICE'] } } },
        { name: 'b', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } },
      ],
    };
    expect(apply(spec)).toEqual({
      securityContext: { runAsUser: 1000, fsGroup: 2000, ...POD_CONTEXT },
      containers: [
        { name: 'a', securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } } },
        { name: 'b', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' }, ...HARDENED_CONTEXT } },
      ],
    });
  });

  it.each([
    ['runAsNonRoot: false on the pod', { securityContext: { runAsNonRoot: false } }, 'securityContext.runAsNonRoot', false],
    ['an Unconfined seccomp profile', { securityContext: { seccompProfile: { type: 'Unconfined' } } }, 'securityContext.seccompProfile', { type: 'Unconfined' }],
    ['allowPrivilegeEscalation: true', { containers: [{ name: 'a', securityContext: { allowPrivilegeEscalation: true } }] }, 'containers.0.securityContext.allowPrivilegeEscalation', true],
    ['a drop list without ALL', { containers: [{ name: 'a', securityContext: { capabilities: { drop: ['NET_RAW'] } } }] }, 'containers.0.securityContext.capabilities.drop', ['NET_RAW']],
    ['runAsUser: 0', { containers: [{ name: 'a', securityContext: { runAsUser: 0 } }] }, 'containers.0.securityContext.runAsUser', 0],
  ])('never overwrites a contradicting value: %s', (_name, spec, path, value) => {
    const result = apply(spec);
    const actual = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], result);
    expect(actual).toEqual(value);
  });

  it.each([
    ['privileged', { privileged: true }],
    ['adding SYS_ADMIN', { capabilities: { add: ['SYS_ADMIN'] } }],
    ['adding CAP_SYS_ADMIN', { capabilities: { add: ['CAP_SYS_ADMIN'] } }],
  ])('leaves allowPrivilegeEscalation unset on a container that is %s (the API refuses false there)', (_name, context) => {
    const result = apply({ containers: [{ name: 'a', securityContext: context }] });
    const filled = (result.containers as { securityContext: Record<string, unknown> }[])[0].securityContext;
    expect(filled.allowPrivilegeEscalation).toBeUndefined();
    expect((filled.capabilities as Record<string, unknown>).drop).toEqual(['ALL']);
  });

  it('fills in only runAsNonRoot in a Windows pod, where the other fields do not apply', () => {
    const spec = { os: { name: 'windows' }, containers: [{ name: 'a', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }] };
    expect(apply(spec)).toEqual({ ...spec, securityContext: { runAsNonRoot: true } });
  });

  it('does not modify its input', () => {
    const spec = { securityContext: { runAsUser: 1000 }, containers: [{ name: 'a', securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } }] };
    const copy = structuredClone(spec);
    apply(spec);
    expect(spec).toEqual(copy);
  });

  it.each([
    ['a minimal pod', { containers: [{ name: 'web', image: 'nginx:1.27' }] }],
    ['a Windows pod', { os: { name: 'windows' }, containers: [{ name: 'web', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }] }],
    [
      'a pod with init containers, a native sidecar and NET_BIND_SERVICE',
      {
        initContainers: [{ name: 'init', image: 'busybox' }, { name: 'proxy', image: 'envoy', restartPolicy: 'Always' }],
        containers: [{ name: 'web', image: 'nginx', securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } }],
      },
    ],
  ])('makes %s pass the restricted level', (_name, spec) => {
    expect(restrictedErrors(spec).length).toBeGreaterThan(0);
    expect(restrictedErrors(apply(spec))).toEqual([]);
  });

  it.each([
    ['privileged: true', { containers: [{ name: 'a', image: 'x', securityContext: { privileged: true } }] }, ['pss/baseline-privileged spec.containers[0].securityContext.privileged']],
    ['runAsUser: 0', { securityContext: { runAsUser: 0 }, containers: [{ name: 'a', image: 'x' }] }, ['pss/restricted-run-as-user spec.securityContext.runAsUser']],
    [
      'allowPrivilegeEscalation: true',
      { containers: [{ name: 'a', image: 'x', securityContext: { allowPrivilegeEscalation: true } }] },
      ['pss/restricted-privilege-escalation spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ],
    [
      'an added capability other than NET_BIND_SERVICE',
      { containers: [{ name: 'a', image: 'x', securityContext: { capabilities: { add: ['NET_ADMIN'] } } }] },
      ['pss/restricted-capabilities spec.containers[0].securityContext.capabilities.add[0]'],
    ],
  ])('leaves a contradiction for the restricted checks to report: %s', (_name, spec, expected) => {
    const errors = restrictedErrors(apply(spec));
    for (const error of expected) expect(errors).toContain(error);
  });
});
