import { describe, expect, it } from 'vitest';
import { findPodSites, isPodBearing } from './pod-sites';

const containers = [{ name: 'c', image: 'i' }];

describe('findPodSites', () => {
  it.each<[string, string, Record<string, unknown>, string | undefined]>([
    ['v1/Pod', 'Pod', { spec: { containers } }, 'spec'],
    ['v1/Pod', 'Pod', {}, 'spec'],
    ['v1/PodTemplate', 'PodTemplate', { template: { spec: { containers } } }, 'template.spec'],
    ['apps/v1/Deployment', 'Deployment', { spec: { template: { spec: { containers } } } }, 'spec.template.spec'],
    ['apps/v1/Deployment', 'Deployment', { spec: {} }, undefined],
    ['apps/v1/DaemonSet', 'DaemonSet', { spec: { template: {} } }, 'spec.template.spec'],
    ['v1/ReplicationController', 'ReplicationController', { spec: { template: { spec: {} } } }, 'spec.template.spec'],
    ['batch/v1/Job', 'Job', { spec: { template: { spec: { containers } } } }, 'spec.template.spec'],
    ['batch/v1/CronJob', 'CronJob', { spec: { jobTemplate: { spec: { template: { spec: {} } } } } }, 'spec.jobTemplate.spec.template.spec'],
    ['v1/ConfigMap', 'ConfigMap', { data: {} }, undefined],
  ])('%s', (key, kind, object, specPath) => {
    const apiVersion = key.slice(0, key.lastIndexOf('/'));
    const sites = findPodSites(object, apiVersion, kind);
    expect(sites.map((s) => s.specPath)).toEqual(specPath === undefined ? [] : [specPath]);
    expect(isPodBearing(apiVersion, kind)).toBe(key !== 'v1/ConfigMap');
  });

  it('hands the template spec and metadata over untouched', () => {
    const spec = { containers };
    const metadata = { labels: { app: 'x' } };
    const [site] = findPodSites({ spec: { template: { metadata, spec } } }, 'apps/v1', 'ReplicaSet');
    expect(site.spec).toBe(spec);
    expect(site.metadata).toBe(metadata);
    expect(site.ownerKind).toBe('ReplicaSet');
  });

  it("adds a StatefulSet's claim templates as volumes, without touching the input", () => {
    const spec = { containers, volumes: [{ name: 'config', configMap: { name: 'c' } }] };
    const object = {
      spec: {
        template: { spec },
        volumeClaimTemplates: [{ metadata: { name: 'data' } }, { metadata: { name: 'config' } }, { metadata: {} }],
      },
    };
    const [site] = findPodSites(object, 'apps/v1', 'StatefulSet');
    expect((site.spec as { volumes: unknown[] }).volumes).toEqual([
      { name: 'config', configMap: { name: 'c' } },
      { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
    ]);
    expect(spec.volumes).toHaveLength(1);
  });
});
