import { describe, expect, it } from 'vitest';
import { DaemonSet } from './daemon-set';
import { testChart, webTemplate } from './testkit';

describe('DaemonSet', () => {
  it('renders only what was set, with the selector taken from the template labels and no replicas', () => {
    const daemonSet = new DaemonSet(testChart(), 'node-exporter', {
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: webTemplate({ hostNetwork: true, tolerations: [{ operator: 'Exists' }] }),
    });
    expect(daemonSet.toJson()).toEqual({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'node-exporter' },
      spec: {
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { hostNetwork: true, tolerations: [{ operator: 'Exists' }], containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
        },
      },
    });
  });

  it('throws at once on a negative revisionHistoryLimit', () => {
    expect(() => new DaemonSet(testChart(), 'd', { revisionHistoryLimit: -1, template: webTemplate() })).toThrow(
      'test/d (DaemonSet): revisionHistoryLimit: must be zero or more (got -1)',
    );
  });
});
