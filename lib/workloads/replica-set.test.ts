import { describe, expect, it } from 'vitest';
import { ReplicaSet } from './replica-set';
import { testChart, webTemplate } from './testkit';

describe('ReplicaSet', () => {
  it('renders only what was set, with the selector taken from the template labels', () => {
    expect(new ReplicaSet(testChart(), 'web', { replicas: 2, template: webTemplate() }).toJson()).toEqual({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
      },
    });
  });

  it('renders a given selector as given', () => {
    const selector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd'] }] };
    expect(new ReplicaSet(testChart(), 'web', { selector, template: webTemplate() }).toJson().spec.selector).toEqual(selector);
  });

  it.each([
    ['negative replicas', { replicas: -2 }, 'test/r (ReplicaSet): replicas: must be zero or more (got -2)'],
    ['a fractional minReadySeconds', { minReadySeconds: 0.5 }, 'test/r (ReplicaSet): minReadySeconds: must be a whole number (got 0.5)'],
  ])('throws at once on %s', (_label, props, message) => {
    expect(() => new ReplicaSet(testChart(), 'r', { template: webTemplate(), ...props })).toThrow(message);
  });
});
