import { describe, expect, it } from 'vitest';
import { LabelSelector } from '../labels';
import { Job } from './job';
import { testChart } from './testkit';

const hello = {
  containers: [{ name: 'hello', image: 'busybox', command: ['sh', '-c', 'echo "Hello, Kubernetes!" && sleep 3600'] }],
  restartPolicy: 'OnFailure',
};

describe('Job', () => {
  it('renders only what was set: no selector, no template metadata', () => {
    expect(new Job(testChart(), 'hello', { template: hello }).toJson()).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'hello' },
      spec: { template: { spec: hello } },
    });
  });

  it('renders backoffLimit, completions, parallelism and the other JobSpec fields under their API names', () => {
    const job = new Job(testChart(), 'batch', {
      backoffLimit: 4,
      completions: 5,
      parallelism: 2,
      completionMode: 'Indexed',
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 100,
      template: { ...hello, restartPolicy: 'Never' },
    });
    expect(job.toJson().spec).toEqual({
      backoffLimit: 4,
      completions: 5,
      parallelism: 2,
      completionMode: 'Indexed',
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 100,
      template: { spec: { ...hello, restartPolicy: 'Never' } },
    });
  });

  it('renders a selector with manualSelector', () => {
    const job = new Job(testChart(), 'j', {
      manualSelector: true,
      selector: LabelSelector.parse('app=batch'),
      template: { ...hello, metadata: { labels: { app: 'batch' } } },
    });
    expect(job.toJson().spec).toEqual({
      manualSelector: true,
      selector: { matchLabels: { app: 'batch' } },
      template: { metadata: { labels: { app: 'batch' } }, spec: hello },
    });
  });

  it.each([
    ['restartPolicy Always', { template: { ...hello, restartPolicy: 'Always' } }, 'test/j (Job): template.restartPolicy: a Job\'s pods must run to completion, so restartPolicy must be "OnFailure" or "Never" (got "Always"); set template.restartPolicy'],
    ['no restartPolicy', { template: { containers: hello.containers } }, 'test/j (Job): template.restartPolicy: a Job\'s pods must run to completion, so restartPolicy must be "OnFailure" or "Never" (it is not set, which the API server takes as "Always")'],
    ['a selector without manualSelector', { selector: { matchLabels: { app: 'x' } }, template: hello }, 'test/j (Job): selector: the API server generates a Job\'s selector and refuses one given unless manualSelector is true'],
    ['a negative backoffLimit', { backoffLimit: -1, template: hello }, 'test/j (Job): backoffLimit: must be zero or more (got -1)'],
    ['negative completions', { completions: -3, template: hello }, 'test/j (Job): completions: must be zero or more (got -3)'],
    ['fractional parallelism', { parallelism: 1.5, template: hello }, 'test/j (Job): parallelism: must be a whole number (got 1.5)'],
    ['a zero activeDeadlineSeconds', { activeDeadlineSeconds: 0, template: hello }, 'test/j (Job): activeDeadlineSeconds: must be 1 or more (got 0)'],
  ])('throws at once on %s, naming the construct path and the prop', (_label, props, message) => {
    expect(() => new Job(testChart(), 'j', props)).toThrow(message);
  });
});
