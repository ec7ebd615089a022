import { describe, expect, it } from 'vitest';
import { templateMetadata } from './template-metadata';
import { type Expected, cronJob, deployment, expected, run } from './testkit';

describe('template/metadata', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no template', { kind: 'Deployment', spec: {} }, []],
    ['valid template labels', deployment(), []],
    ['bad template label value', deployment({ spec: { template: { metadata: { labels: { app: 'web app' } } } } }), [['spec.template.metadata.labels[app]']]],
    ['bad template annotation key', deployment({ spec: { template: { metadata: { annotations: { 'a b': 'x' } } } } }), [['spec.template.metadata.annotations[a b]']]],
    ['pod template kind', { kind: 'PodTemplate', template: { metadata: { labels: { '-x': 'y' } } } }, [['template.metadata.labels[-x]']]],
    [
      'cron job template',
      cronJob({ spec: { jobTemplate: { spec: { template: { metadata: { labels: { app: 'x'.repeat(70) } } } } } } }),
      [['spec.jobTemplate.spec.template.metadata.labels[app]']],
    ],
  ])('%s', (_name, object, list) => expect(run(templateMetadata, object)).toEqual(expected(list)));
});
