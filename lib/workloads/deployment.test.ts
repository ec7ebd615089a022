import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { LabelSelector } from '../labels';
import { originOf } from '../synth/origins';
import { Deployment } from './deployment';
import { testChart, webTemplate } from './testkit';

describe('Deployment', () => {
  it('renders only what was set, with the selector taken from the template labels', () => {
    const deployment = new Deployment(testChart(), 'web', { template: webTemplate() });
    expect(deployment.toJson()).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
      },
    });
  });

  it('is named after the construct ids below the chart unless metadata.name is set', () => {
    const chart = testChart();
    expect(new Deployment(new Construct(chart, 'shop'), 'web', { template: webTemplate() }).name).toBe('shop-web');
    expect(new Deployment(chart, 'web', { metadata: { name: 'storefront' }, template: webTemplate() }).name).toBe('storefront');
  });

  it('renders every DeploymentSpec field under its API name, and a given selector as given', () => {
    const deployment = new Deployment(testChart(), 'web', {
      metadata: { labels: { team: 'shop' } },
      replicas: 3,
      minReadySeconds: 5,
      revisionHistoryLimit: 2,
      progressDeadlineSeconds: 120,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } },
      selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
      template: webTemplate({ nodeSelector: { disk: 'ssd' } }),
    });
    const json = deployment.toJson();
    expect(json.metadata).toEqual({ name: 'web', labels: { team: 'shop' } });
    expect(json.spec).toEqual({
      replicas: 3,
      minReadySeconds: 5,
      revisionHistoryLimit: 2,
      progressDeadlineSeconds: 120,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } },
      selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      },
    });
  });

  it('renders a LabelSelector in the API form', () => {
    const deployment = new Deployment(testChart(), 'web', { selector: LabelSelector.parse('app=web,env!=prd'), template: webTemplate() });
    expect(deployment.toJson().spec.selector).toEqual({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd'] }] });
  });

  it('throws at once on a LabelSelector the API form cannot hold', () => {
    expect(() => new Deployment(testChart(), 'd', { selector: LabelSelector.parse('replicas>1'), template: webTemplate() })).toThrow(
      "test/d (Deployment): selector: label selector requirement 'replicas>1' cannot be written in an object's selector",
    );
  });

  it('leaves the selector out when the template has no labels (the validator reports it at synth)', () => {
    const deployment = new Deployment(testChart(), 'web', { template: { containers: [{ name: 'a', image: 'busybox' }] } });
    expect(deployment.toJson().spec).toEqual({ template: { spec: { containers: [{ name: 'a', image: 'busybox' }] } } });
  });

  it('is a pod host: containers, volumes, labels and annotations added later are in the template', () => {
    const deployment = new Deployment(testChart(), 'web', { template: webTemplate() });
    deployment.addInitContainer({ name: 'setup', image: 'busybox' });
    deployment.addVolume({ name: 'cache', emptyDir: {} });
    deployment.spec.addVolumeMount('nginx', { name: 'cache', mountPath: '/cache' });
    deployment.podMetadata.addAnnotation('prometheus.io/scrape', 'true');
    deployment.podMetadata.addLabel('tier', 'front');
    expect(deployment.podMetadata.getLabel('app')).toBe('web');
    expect(deployment.toJson().spec).toEqual({
      selector: { matchLabels: { app: 'web', tier: 'front' } },
      template: {
        metadata: { labels: { app: 'web', tier: 'front' }, annotations: { 'prometheus.io/scrape': 'true' } },
        spec: {
          initContainers: [{ name: 'setup', image: 'busybox' }],
          containers: [{ name: 'nginx', image: 'nginx:1.27', volumeMounts: [{ name: 'cache', mountPath: '/cache' }] }],
          volumes: [{ name: 'cache', emptyDir: {} }],
        },
      },
    });
  });

  it('records the construct that added a container under the template path', () => {
    const chart = testChart();
    const deployment = new Deployment(chart, 'web', { template: webTemplate() });
    const helper = new Deployment(chart, 'other', { template: webTemplate() });
    deployment.spec.addContainer({ name: 'shipper', image: 'fluent/fluent-bit:3.1' }, helper);
    deployment.toJson();
    expect(originOf(deployment, 'spec.template.spec.containers[1].image')).toBe(helper);
    expect(originOf(deployment, 'spec.template.spec.containers[0].image')).toBe(deployment);
  });

  it.each([
    ['negative replicas', { replicas: -1 }, 'test/d (Deployment): replicas: must be zero or more (got -1)'],
    ['fractional replicas', { replicas: 1.5 }, 'test/d (Deployment): replicas: must be a whole number (got 1.5)'],
    ['a negative minReadySeconds', { minReadySeconds: -5 }, 'test/d (Deployment): minReadySeconds: must be zero or more (got -5)'],
    ['a zero progressDeadlineSeconds', { progressDeadlineSeconds: 0 }, 'test/d (Deployment): progressDeadlineSeconds: must be 1 or more (got 0)'],
    ['an empty container image in the template', { template: { containers: [{ name: 'a', image: '' }] } }, 'test/d (Deployment): template.containers[0].image: container "a" has an empty image'],
  ])('throws at once on %s, naming the construct path and the prop', (_label, props, message) => {
    expect(() => new Deployment(testChart(), 'd', { template: webTemplate(), ...props })).toThrow(message);
  });

  it('accepts zero replicas (a scaled-down Deployment)', () => {
    expect(new Deployment(testChart(), 'd', { replicas: 0, template: webTemplate() }).toJson().spec.replicas).toBe(0);
  });
});
