import { describe, expect, it } from 'vitest';
import { validateObjects } from '../index';

const statefulSet = (spec: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db' },
  spec: { selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres' }] } }, ...spec },
});
const podWithSysctls = (sysctls: unknown[]) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { securityContext: { sysctls }, containers: [{ name: 'a', image: 'x' }] } });
const jobWithRule = (rule: Record<string, unknown>) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'j' },
  spec: { podFailurePolicy: { rules: [rule] }, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'x' }] } } },
});

function summary(object: unknown, version: string): string[] {
  return validateObjects([object], { kubernetesVersion: version })
    .filter((d) => d.ruleId === 'schema/required-field')
    .map((d) => `${d.severity} ${d.fieldPath}`);
}

describe('fields required by the OpenAPI definitions only', () => {
  it.each([
    ['a StatefulSet without serviceName on 1.32: a warning', statefulSet({}), '1.32', ['warning spec.serviceName']],
    ['a StatefulSet without serviceName on 1.33: nothing (optional there)', statefulSet({}), '1.33', []],
    ['a StatefulSet with serviceName on 1.28', statefulSet({ serviceName: 'db' }), '1.28', []],
    ['a StatefulSet without selector: still an error', statefulSet({ selector: undefined, serviceName: 'db' }), '1.36', ['error spec.selector']],
    ['a sysctl without value: a warning', podWithSysctls([{ name: 'net.core.somaxconn' }]), '1.36', ['warning spec.securityContext.sysctls[0].value']],
    ['a sysctl without name: still an error', podWithSysctls([{ value: '1' }]), '1.36', ['error spec.securityContext.sysctls[0].name']],
    ['a 1.28 rule with onExitCodes only: a warning', jobWithRule({ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }), '1.28', ['warning spec.podFailurePolicy.rules[0].onPodConditions']],
    ['the same rule on 1.29: nothing', jobWithRule({ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }), '1.29', []],
  ])('%s', (_label, object, version, expected) => {
    expect(summary(object, version)).toEqual(expected);
  });

  it('accepts those objects (no errors at all)', () => {
    const objects = [statefulSet({}), podWithSysctls([{ name: 'net.core.somaxconn' }])];
    expect(validateObjects(objects, { kubernetesVersion: '1.32' }).filter((d) => d.severity === 'error')).toEqual([]);
    expect(validateObjects([jobWithRule({ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } })], { kubernetesVersion: '1.28' }).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a NetworkPolicy without podSelector', () => {
  const policy = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny' }, spec: { policyTypes: ['Ingress'] } };
  it.each([
    ['1.33: a warning', '1.33', ['warning spec.podSelector']],
    ['1.34: nothing', '1.34', []],
  ])('%s', (_label, version, expected) => {
    expect(summary(policy, version)).toEqual(expected);
  });
});

describe('more fields the API server does not require', () => {
  const pod = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'x' }], ...spec } });
  const probed = (headers: unknown[]) => pod({ containers: [{ name: 'a', image: 'x', readinessProbe: { httpGet: { port: 80, httpHeaders: headers } } }] });
  const job = (podFailurePolicy: unknown) => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'j' },
    spec: { podFailurePolicy, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'x' }] } } },
  });
  it.each([
    ['an HTTP header without value', probed([{ name: 'X-Probe' }]), '1.36', ['warning spec.containers[0].readinessProbe.httpGet.httpHeaders[0].value']],
    ['an HTTP header without name: still an error', probed([{ value: 'v' }]), '1.36', ['error spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name']],
    [
      'a preferred scheduling term without preference',
      pod({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1 }] } } }),
      '1.36',
      ['warning spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference'],
    ],
    ['an iSCSI volume without lun', pod({ volumes: [{ name: 'v', iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:storage' } }] }), '1.36', ['warning spec.volumes[0].iscsi.lun']],
    ['a pod failure policy without rules', job({}), '1.36', ['warning spec.podFailurePolicy.rules']],
    [
      'an onPodConditions pattern without status on 1.34',
      job({ rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] }),
      '1.34',
      ['warning spec.podFailurePolicy.rules[0].onPodConditions[0].status'],
    ],
  ])('%s', (_label, object, version, expected) => {
    expect(summary(object, version)).toEqual(expected);
    expect(validateObjects([object], { kubernetesVersion: version }).filter((d) => d.severity === 'error' && d.ruleId !== 'schema/required-field')).toEqual([]);
  });
});
