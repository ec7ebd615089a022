import { describe, expect, it } from 'vitest';
import { originOf } from '../synth/origins';
import { CronJob, type CronJobTemplateProps } from './cron-job';
import { testChart } from './testkit';

const report = { containers: [{ name: 'report', image: 'busybox:1.36', command: ['sh', '-c', 'date'] }], restartPolicy: 'Never' };

describe('CronJob', () => {
  it('renders the schedule, the job template fields and the pod template where the API has them', () => {
    const cronJob = new CronJob(testChart(), 'nightly', {
      schedule: '0 3 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 1,
      jobTemplate: { metadata: { labels: { job: 'nightly' } }, spec: { backoffLimit: 2, activeDeadlineSeconds: 3600 } },
      template: report,
    });
    expect(cronJob.toJson()).toEqual({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: {
        schedule: '0 3 * * *',
        timeZone: 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 1,
        jobTemplate: {
          metadata: { labels: { job: 'nightly' } },
          spec: { backoffLimit: 2, activeDeadlineSeconds: 3600, template: { spec: report } },
        },
      },
    });
  });

  it('renders only the schedule and the pod template when nothing else is set', () => {
    expect(new CronJob(testChart(), 'c', { schedule: '@hourly', template: report }).toJson().spec).toEqual({
      schedule: '@hourly',
      jobTemplate: { spec: { template: { spec: report } } },
    });
  });

  it('records the construct that added a container under the job template path', () => {
    const chart = testChart();
    const cronJob = new CronJob(chart, 'c', { schedule: '@daily', template: report });
    const other = new CronJob(chart, 'other', { schedule: '@daily', template: report });
    cronJob.spec.addContainer({ name: 'sidecar', image: 'busybox' }, other);
    cronJob.toJson();
    expect(originOf(cronJob, 'spec.jobTemplate.spec.template.spec.containers[1].name')).toBe(other);
  });

  it.each([
    ['a schedule that is not cron syntax', { schedule: 'every day' }, 'test/c (CronJob): schedule: "every day" is not a cron schedule: expected exactly 5 fields (minute hour day-of-month month day-of-week), found 2 (e.g. "*/5 * * * *" or "@hourly")'],
    ['an hour out of range', { schedule: '0 25 * * *' }, 'test/c (CronJob): schedule: "0 25 * * *" is not a cron schedule: hour 25 is above the maximum 23'],
    ['an empty schedule', { schedule: ' ' }, 'test/c (CronJob): schedule: the schedule is empty'],
    ['an unknown descriptor', { schedule: '@fortnightly' }, 'test/c (CronJob): schedule: "@fortnightly" is not a cron schedule: unrecognized descriptor'],
    ['a time zone in the schedule', { schedule: 'CRON_TZ=UTC 0 3 * * *' }, 'test/c (CronJob): schedule: a time zone cannot be set in the schedule'],
    ['a negative history limit', { schedule: '@daily', failedJobsHistoryLimit: -1 }, 'test/c (CronJob): failedJobsHistoryLimit: must be zero or more (got -1)'],
    ['a negative backoffLimit in the job template', { schedule: '@daily', jobTemplate: { spec: { backoffLimit: -1 } } }, 'test/c (CronJob): jobTemplate.spec.backoffLimit: must be zero or more (got -1)'],
  ])('throws at once on %s, naming the construct path and the prop', (_label, props, message) => {
    expect(() => new CronJob(testChart(), 'c', { template: report, ...props })).toThrow(message);
  });

  it.each([
    ['a job selector', { selector: { matchLabels: { a: 'b' } } }, 'test/c (CronJob): jobTemplate.spec.selector: the API server generates the selector of each Job a CronJob creates and refuses one in the job template; remove it'],
    ['manualSelector', { manualSelector: true }, 'test/c (CronJob): jobTemplate.spec.manualSelector: the API server generates the selector'],
  ])('throws at once on %s in the job template (for callers without types)', (_label, spec, message) => {
    const jobTemplate = { spec } as unknown as CronJobTemplateProps;
    expect(() => new CronJob(testChart(), 'c', { schedule: '@daily', jobTemplate, template: report })).toThrow(message);
  });

  it.each(['*/5 * * * *', '0 9-17/2 * * MON-FRI', '@hourly', '@every 1h30m'])('accepts the schedule %s', (schedule) => {
    expect(new CronJob(testChart(), 'c', { schedule, template: report }).toJson().spec.schedule).toBe(schedule);
  });

  it('throws at once when the pods would restart Always', () => {
    expect(() => new CronJob(testChart(), 'c', { schedule: '@daily', template: { ...report, restartPolicy: 'Always' } })).toThrow(
      'test/c (CronJob): template.restartPolicy: a Job\'s pods must run to completion',
    );
  });
});
