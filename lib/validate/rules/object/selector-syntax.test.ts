import { describe, expect, it } from 'vitest';
import { selectorSyntax } from './selector-syntax';
import { type Expected, deployment, expected, job, run } from './testkit';

const selector = (value: unknown) => ({ spec: { selector: value } });

describe('selector/syntax', () => {
  it.each<[string, unknown, Expected[]]>([
    ['valid', deployment(), []],
    ['no selector', { kind: 'Deployment', spec: {} }, []],
    ['bad operator', deployment(selector({ matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] })), [['spec.selector.matchExpressions[0].operator']]],
    ['In without values', deployment(selector({ matchExpressions: [{ key: 'app', operator: 'In' }] })), [['spec.selector.matchExpressions[0].values']]],
    ['Exists with values', deployment(selector({ matchExpressions: [{ key: 'app', operator: 'Exists', values: ['x'] }] })), [['spec.selector.matchExpressions[0].values']]],
    ['bad matchLabels key', deployment(selector({ matchLabels: { 'app name': 'web' } })), [['spec.selector.matchLabels[app name]']]],
    ['job selector', job(selector({ matchLabels: { 'a b': 'x' } })), [['spec.selector.matchLabels[a b]']]],
  ])('%s', (_name, object, list) => expect(run(selectorSyntax, object)).toEqual(expected(list)));
});
