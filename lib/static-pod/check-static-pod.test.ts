import { describe, expect, it } from 'vitest';
import { checkStaticPod } from './check-static-pod';

const summary = (object: unknown, minor = 34): string[] => checkStaticPod(object, { minor }).map((p) => `${p.severity} ${p.ruleId} ${p.fieldPath}`);

describe('checkStaticPod', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'pod'],
    ['an array', []],
  ])('reports %s as not a Pod, without throwing', (_label, object) => {
    expect(summary(object)).toEqual(['error static-pod/kind kind']);
  });

  it('stops at the kind: a Deployment is not checked as a pod', () => {
    expect(summary({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: { serviceAccountName: 'x' } } } })).toEqual(['error static-pod/kind kind']);
  });

  it('runs every static pod rule on a Pod, with the target version', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { serviceAccountName: 'robot', ephemeralContainers: [{ name: 'debug' }], volumes: [{ name: 'd', csi: { driver: 'x' } }] },
    };
    expect(summary(pod, 33)).toEqual([
      'error static-pod/service-account spec.serviceAccountName',
      'warning static-pod/csi-volume spec.volumes[0].csi',
      'error static-pod/ephemeral-containers spec.ephemeralContainers',
    ]);
  });

  it('accepts a Pod that references nothing', () => {
    expect(summary({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } })).toEqual([]);
  });
});
