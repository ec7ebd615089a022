import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { Chart } from '../chart';
import { LabelSelector } from '../labels';
import { checkApp } from '../synth/synth-app';
import { CronJob } from './cron-job';
import { DaemonSet } from './daemon-set';
import { Deployment } from './deployment';
import { Job } from './job';
import { ReplicaSet } from './replica-set';
import { ReplicationController } from './replication-controller';
import { StatefulSet } from './stateful-set';

const containers = [{ name: 'nginx', image: 'nginx:1.27' }];

/** Synthesizes what `build` adds and returns the errors as `path fieldPath`. */
function errorsOf(build: (chart: Chart) => void): string[] {
  const app = new App();
  build(new Chart(app, 'test'));
  const checked = checkApp(app);
  return [
    ...checked.rendered.constructErrors,
    ...checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.object.apiObject.node.path} ${d.fieldPath}`),
  ];
}

describe('workloads at synth', () => {
  it('synthesize without errors when the selector comes from the template labels', () => {
    const template = { metadata: { labels: { app: 'web' } }, containers };
    expect(
      errorsOf((chart) => {
        new Deployment(chart, 'deployment', { template });
        new StatefulSet(chart, 'statefulset', { serviceName: 'statefulset', template });
        new DaemonSet(chart, 'daemonset', { template });
        new ReplicaSet(chart, 'replicaset', { template });
        new ReplicationController(chart, 'rc', { template });
        new Job(chart, 'job', { template: { ...template, restartPolicy: 'Never' } });
        new CronJob(chart, 'cronjob', { schedule: '@hourly', template: { ...template, restartPolicy: 'OnFailure' } });
      }),
    ).toEqual([]);
  });

  it.each([
    ['Deployment', (chart: Chart) => new Deployment(chart, 'w', { template: { containers } })],
    ['StatefulSet', (chart: Chart) => new StatefulSet(chart, 'w', { template: { containers } })],
    ['DaemonSet', (chart: Chart) => new DaemonSet(chart, 'w', { template: { containers } })],
    ['ReplicaSet', (chart: Chart) => new ReplicaSet(chart, 'w', { template: { containers } })],
    ['ReplicationController', (chart: Chart) => new ReplicationController(chart, 'w', { template: { containers } })],
  ])('a %s without template labels or selector fails synth at spec.selector', (_kind, build) => {
    expect(errorsOf(build)).toEqual(['test/w spec.selector']);
  });

  it('a Job and a CronJob need no labels: the API server generates their selectors', () => {
    expect(
      errorsOf((chart) => {
        new Job(chart, 'job', { template: { containers, restartPolicy: 'Never' } });
        new CronJob(chart, 'cronjob', { schedule: '*/5 * * * *', template: { containers, restartPolicy: 'Never' } });
      }),
    ).toEqual([]);
  });

  it('a given selector that does not match the template labels fails synth', () => {
    expect(
      errorsOf((chart) => {
        new Deployment(chart, 'web', { selector: LabelSelector.parse('app=web'), template: { metadata: { labels: { app: 'api' } }, containers } });
      }),
    ).toEqual(['test/web spec.template.metadata.labels']);
  });

  it('sees labels changed after construction: the template is checked as it is at synth', () => {
    expect(
      errorsOf((chart) => {
        const web = new Deployment(chart, 'web', { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, containers } });
        web.podMetadata.addLabel('app', 'api');
      }),
    ).toEqual(['test/web spec.template.metadata.labels']);
  });
});
