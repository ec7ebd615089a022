import { describe, expect, it } from 'vitest';
import { createValidator, createValidatorWith, validateObjects } from './index';
import { FIXTURE_SCHEMA } from './schema/fixture-schema';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } },
  },
};

describe('createValidator', () => {
  it('validates against the newest version by default', () => {
    expect(createValidator().validate([deployment])).toEqual([]);
  });

  it('throws usage errors for bad options', () => {
    expect(() => createValidator({ kubernetesVersion: '1.27' })).toThrow(/unsupported Kubernetes version "1.27"/);
    expect(() => createValidator({ podSecurity: 'strict' as never })).toThrow(/unknown Pod Security Standards profile/);
  });

  it('reports the schema and the rules of the target version', () => {
    const withNewField = { ...deployment, spec: { ...deployment.spec, template: { ...deployment.spec.template, spec: { ...deployment.spec.template.spec, hostnameOverride: 'x' } } } };
    expect(validateObjects([withNewField], { kubernetesVersion: '1.33' }).map((d) => d.ruleId)).toContain('schema/field-not-in-version');
    const mismatched = { ...deployment, spec: { ...deployment.spec, selector: { matchLabels: { app: 'api' } } } };
    expect(validateObjects([mismatched]).map((d) => [d.ruleId, d.fieldPath])).toEqual([['selector/template-mismatch', 'spec.template.metadata.labels']]);
  });

  it('takes a schema of its own', () => {
    const validator = createValidatorWith({ kubernetesVersion: '1.29' }, { schema: FIXTURE_SCHEMA, objectRules: [], podRules: [] });
    expect(validator.validate([{ apiVersion: 'example.io/v1', kind: 'Widget', spec: { required: 'x', laterRequired: 'y' } }])).toEqual([]);
  });
});

describe('Pod Security Standards', () => {
  const privileged = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { hostNetwork: true, containers: [{ name: 'c', image: 'nginx' }] },
  };

  it('are off by default', () => {
    expect(validateObjects([privileged]).filter((d) => d.ruleId.startsWith('pss/'))).toEqual([]);
  });

  it('baseline rejects host namespaces; restricted adds its own checks', () => {
    const baseline = validateObjects([privileged], { podSecurity: 'baseline' }).map((d) => d.ruleId);
    expect(baseline.some((id) => id.startsWith('pss/baseline-'))).toBe(true);
    expect(baseline.some((id) => id.startsWith('pss/restricted-'))).toBe(false);
    const restricted = validateObjects([privileged], { podSecurity: 'restricted' }).map((d) => d.ruleId);
    expect(restricted.some((id) => id.startsWith('pss/baseline-'))).toBe(true);
    expect(restricted.some((id) => id.startsWith('pss/restricted-'))).toBe(true);
  });
});
