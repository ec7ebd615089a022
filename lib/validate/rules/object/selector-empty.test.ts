import { describe, expect, it } from 'vitest';
import { selectorEmpty } from './selector-empty';
import { type Expected, daemonSet, deployment, expected, replicationController, run, statefulSet } from './testkit';

describe('selector/empty', () => {
  it.each<[string, unknown, Expected[]]>([
    ['valid deployment', deployment(), []],
    ['missing selector is left to the schema', deployment({ spec: { selector: undefined } }), []],
    ['empty deployment selector', deployment({ spec: { selector: { matchLabels: undefined } } }), [['spec.selector']]],
    ['empty lists', { ...statefulSet(), spec: { selector: { matchLabels: {}, matchExpressions: [] } } }, [['spec.selector']]],
    ['empty daemon set selector', daemonSet({ spec: { selector: { matchLabels: undefined } } }), [['spec.selector']]],
    ['expressions only', deployment({ spec: { selector: { matchLabels: undefined, matchExpressions: [{ key: 'app', operator: 'Exists' }] } } }), []],
    ['replication controller selector', replicationController(), []],
    ['replication controller defaults from labels', replicationController({ spec: { selector: undefined } }), []],
    ['replication controller with nothing', replicationController({ spec: { selector: undefined, template: { metadata: { labels: undefined } } } }), [['spec.selector']]],
    ['replication controller with empty selector and labels', { ...replicationController(), spec: { selector: {}, template: { metadata: { labels: {} } } } }, [['spec.selector']]],
  ])('%s', (_name, object, list) => expect(run(selectorEmpty, object)).toEqual(expected(list)));
});
