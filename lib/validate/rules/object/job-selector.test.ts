import { describe, expect, it } from 'vitest';
import { jobSelector } from './job-selector';
import { type Expected, cronJob, expected, job, run } from './testkit';

describe('job/selector', () => {
  it.each<[string, unknown, Expected[]]>([
    ['generated selector', job(), []],
    ['own selector without manualSelector', job({ spec: { selector: { matchLabels: { app: 'task' } } } }), [['spec.selector']]],
    ['selector on the job name only', job({ spec: { selector: { matchLabels: { 'batch.kubernetes.io/job-name': 'task' } } } }), []],
    ['selector on another job name', job({ spec: { selector: { matchLabels: { 'job-name': 'other' } } } }), [['spec.selector']]],
    ['uid exists expression', job({ spec: { selector: { matchExpressions: [{ key: 'controller-uid', operator: 'Exists' }] } } }), []],
    ['uid label in the selector', job({ spec: { selector: { matchLabels: { 'controller-uid': 'abc' } } } }), [['spec.selector']]],
    ['empty selector is generated', job({ spec: { selector: {} } }), []],
    ['manual selector', job({ spec: { manualSelector: true, selector: { matchLabels: { app: 'task' } } } }), []],
    ['manual selector missing', job({ spec: { manualSelector: true } }), [['spec.selector']]],
    ['uid label in the template', job({ spec: { template: { metadata: { labels: { 'batch.kubernetes.io/controller-uid': 'x' } } } } }), [['spec.template.metadata.labels[batch.kubernetes.io/controller-uid]']]],
    ['job-name label of another job', job({ spec: { template: { metadata: { labels: { 'job-name': 'other' } } } } }), [['spec.template.metadata.labels[job-name]']]],
    ['job-name label of this job', job({ spec: { template: { metadata: { labels: { 'job-name': 'task' } } } } }), []],
    ['generated name: a fixed job-name cannot match', job({ metadata: { name: undefined, generateName: 'task-' }, spec: { template: { metadata: { labels: { 'job-name': 'x' } } } } }), [['spec.template.metadata.labels[job-name]']]],
    ['generated name: selector on job-name', job({ metadata: { name: undefined, generateName: 'task-' }, spec: { selector: { matchLabels: { 'job-name': 'task' } } } }), [['spec.selector']]],
    ['invalid selector is left to selector/syntax (it cannot be parsed)', job({ spec: { selector: { matchLabels: { 'job-name': 'task-' } } } }), []],
    ['selector with an unknown operator is left to selector/syntax', job({ spec: { selector: { matchExpressions: [{ key: 'app', operator: 'Foo' }] } } }), []],
    ['generated name: job-name exists', job({ metadata: { name: undefined, generateName: 'task-' }, spec: { selector: { matchExpressions: [{ key: 'job-name', operator: 'Exists' }] } } }), []],
    ['cron job', cronJob(), []],
    ['cron job template selector', cronJob({ spec: { jobTemplate: { spec: { selector: { matchLabels: { app: 'task' } } } } } }), [['spec.jobTemplate.spec.selector']]],
    ['cron job template manualSelector', cronJob({ spec: { jobTemplate: { spec: { manualSelector: true } } } }), [['spec.jobTemplate.spec.manualSelector']]],
  ])('%s', (_name, object, list) => expect(run(jobSelector, object)).toEqual(expected(list)));
});
