import { describe, expect, it } from 'vitest';
import { selectorTemplateMatch } from './selector-template-match';
import { type Expected, daemonSet, deployment, expected, findings, job, replicationController, run, statefulSet } from './testkit';

const LABELS = 'spec.template.metadata.labels';

describe('selector/template-mismatch', () => {
  it.each<[string, unknown, Expected[]]>([
    ['matching deployment', deployment(), []],
    ['other value', deployment({ spec: { selector: { matchLabels: { app: 'api' } } } }), [[LABELS]]],
    ['template without labels', statefulSet({ spec: { template: { metadata: { labels: undefined } } } }), [[LABELS]]],
    ['subset selector matches', deployment({ spec: { template: { metadata: { labels: { app: 'web', tier: 'front' } } } } }), []],
    ['expression matches', daemonSet({ spec: { selector: { matchLabels: undefined, matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] } } }), []],
    ['NotIn excludes the template', daemonSet({ spec: { selector: { matchLabels: undefined, matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] } } }), [[LABELS]]],
    ['invalid selector is left to selector/syntax', deployment({ spec: { selector: { matchExpressions: [{ key: 'app', operator: 'Bogus' }] } } }), []],
    ['empty selector is left to selector/empty', deployment({ spec: { selector: {} } }), []],
    ['no template', { kind: 'Deployment', spec: { selector: { matchLabels: { app: 'x' } } } }, []],
    ['replication controller match', replicationController(), []],
    ['replication controller mismatch', replicationController({ spec: { selector: { app: 'api' } } }), [[LABELS]]],
    ['replication controller without selector', replicationController({ spec: { selector: undefined } }), []],
    // The server adds controller-uid to the selector and the job labels to the template, then matches: app=other is still missing.
    ['job with its own selector that misses the template', job({ spec: { selector: { matchLabels: { app: 'other' } } } }), [[LABELS]]],
    ['job with its own selector that matches the template', job({ spec: { selector: { matchLabels: { app: 'task' } } } }), []],
    ['job without selector', job(), []],
    ['job with an empty selector (completed with the uid)', job({ spec: { selector: {} } }), []],
    ['job selector with a fixed controller-uid', job({ spec: { selector: { matchLabels: { 'controller-uid': 'abc' } } } }), [[LABELS]]],
    ['job selector on its own name', job({ spec: { selector: { matchLabels: { 'job-name': 'task' } } } }), []],
    ['job selector on a generated name', job({ metadata: { name: undefined, generateName: 'task-' }, spec: { selector: { matchLabels: { 'job-name': 'task' } } } }), [[LABELS]]],
    ['job with manual selector mismatch', job({ spec: { manualSelector: true, selector: { matchLabels: { app: 'other' } } } }), [[LABELS]]],
    ['job with manual selector match', job({ spec: { manualSelector: true, selector: { matchLabels: { app: 'task' } } } }), []],
  ])('%s', (_name, object, list) => expect(run(selectorTemplateMatch, object)).toEqual(expected(list)));

  it('shows the selector and the labels', () => {
    expect(findings(selectorTemplateMatch, deployment({ spec: { selector: { matchLabels: { app: 'api' } } } }))[0].message).toBe(
      'selector app=api does not match the template labels (app=web)',
    );
  });
});
