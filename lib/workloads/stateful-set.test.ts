import { describe, expect, it } from 'vitest';
import { StatefulSet } from './stateful-set';
import { testChart } from './testkit';

describe('StatefulSet', () => {
  it('renders serviceName, volumeClaimTemplates and the rest under their API names', () => {
    const statefulSet = new StatefulSet(testChart(), 'db', {
      serviceName: 'db',
      replicas: 3,
      podManagementPolicy: 'Parallel',
      volumeClaimTemplates: [
        { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
      ],
      template: {
        metadata: { labels: { app: 'db' } },
        containers: [{ name: 'postgres', image: 'postgres:16', volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] }],
      },
    });
    expect(statefulSet.toJson()).toEqual({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        serviceName: 'db',
        replicas: 3,
        podManagementPolicy: 'Parallel',
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
        ],
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: { containers: [{ name: 'postgres', image: 'postgres:16', volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] }] },
        },
      },
    });
  });

  it.each([
    ['negative replicas', { replicas: -1 }, 'test/s (StatefulSet): replicas: must be zero or more (got -1)'],
    ['a negative ordinal start', { ordinals: { start: -1 } }, 'test/s (StatefulSet): ordinals.start: must be zero or more (got -1)'],
  ])('throws at once on %s', (_label, props, message) => {
    expect(() => new StatefulSet(testChart(), 's', { template: { metadata: { labels: { app: 'db' } } }, ...props })).toThrow(message);
  });
});
