import { describe, expect, it } from 'vitest';
import { LabelSelector } from '../labels';
import { ReplicationController } from './replication-controller';
import { testChart } from './testkit';

const crane = {
  replicas: 1,
  template: {
    metadata: { labels: { app: 'crane' } },
    containers: [{ name: 'crane', image: 'heejeong/crane', imagePullPolicy: 'Always', ports: [{ containerPort: 7070 }] }],
  },
};

describe('ReplicationController', () => {
  it('renders no selector when none is given, as people write it (the API server defaults it to the template labels)', () => {
    expect(new ReplicationController(testChart(), 'crane', crane).toJson()).toEqual({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'crane' },
      spec: {
        replicas: 1,
        template: {
          metadata: { labels: { app: 'crane' } },
          spec: { containers: [{ name: 'crane', image: 'heejeong/crane', imagePullPolicy: 'Always', ports: [{ containerPort: 7070 }] }] },
        },
      },
    });
  });

  it.each([
    ['a label map', { app: 'crane' }],
    ['a LabelSelector of equalities', LabelSelector.parse('app=crane')],
  ])('renders %s as the API label map', (_label, selector) => {
    expect(new ReplicationController(testChart(), 'crane', { ...crane, selector }).toJson().spec.selector).toEqual({ app: 'crane' });
  });

  it('throws at once on a set-based selector, which a ReplicationController cannot hold', () => {
    const selector = LabelSelector.parse('app in (crane,hoist)');
    expect(() => new ReplicationController(testChart(), 'rc', { ...crane, selector })).toThrow(
      'test/rc (ReplicationController): selector: a ReplicationController selects by equality only (key=value), "app in (crane,hoist)" is more than that; use a ReplicaSet or Deployment for set-based requirements',
    );
  });

  it('throws at once on negative replicas', () => {
    expect(() => new ReplicationController(testChart(), 'rc', { ...crane, replicas: -1 })).toThrow('test/rc (ReplicationController): replicas: must be zero or more (got -1)');
  });
});
