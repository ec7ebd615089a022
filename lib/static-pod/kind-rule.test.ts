import { describe, expect, it } from 'vitest';
import type { Finding, KubeObject } from '../validate/rule';
import { staticPodKind } from './kind-rule';

function run(object: KubeObject): string[] {
  const findings: Finding[] = [];
  staticPodKind.check(object, { minor: 34, report: (finding) => findings.push(finding) });
  return findings.map((f) => `${f.fieldPath}: ${f.message}`);
}

describe('static-pod/kind', () => {
  it.each([
    ['an empty object', {}, ["kind: a kubelet's staticPodPath holds Pods only, not undefined/undefined"]],
    ['a Pod of another group', { apiVersion: 'example.com/v1', kind: 'Pod' }, ["kind: a kubelet's staticPodPath holds Pods only, not example.com/v1/Pod"]],
    ['a ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap' }, ["kind: a kubelet's staticPodPath holds Pods only, not v1/ConfigMap"]],
    ['a Deployment', { apiVersion: 'apps/v1', kind: 'Deployment' }, ["kind: a kubelet's staticPodPath holds Pods only, not apps/v1/Deployment"]],
    ['a Pod', { apiVersion: 'v1', kind: 'Pod' }, []],
  ])('%s', (_label, object, expected) => {
    expect(run(object)).toEqual(expected);
  });
});
