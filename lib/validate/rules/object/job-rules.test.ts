import { describe, expect, it } from 'vitest';
import { jobCompletionMode } from './job-completion-mode';
import { checkDomainPrefixedPath, jobManagedBy } from './job-managed-by';
import { jobName } from './job-name';
import { jobPodReplacementPolicy } from './job-pod-replacement-policy';
import { countIndexes, jobSuccessPolicy } from './job-success-policy';
import { type Expected, cronJob, expected, job, run } from './testkit';

const indexed = (patch: Record<string, unknown> = {}) => job({ spec: { completionMode: 'Indexed', completions: 5, ...patch } });

describe('job/completion-mode', () => {
  it.each<[string, unknown, number, Expected[]]>([
    ['default', job(), 36, []],
    ['NonIndexed', job({ spec: { completionMode: 'NonIndexed' } }), 36, []],
    ['unknown mode', job({ spec: { completionMode: 'Ordered' } }), 36, [['spec.completionMode']]],
    ['Indexed', indexed(), 36, []],
    ['Indexed without completions', job({ spec: { completionMode: 'Indexed' } }), 36, [['spec.completions']]],
    ['Indexed parallelism too high', indexed({ parallelism: 100001 }), 36, [['spec.parallelism']]],
    ['per-index backoff', indexed({ backoffLimitPerIndex: 1, maxFailedIndexes: 2 }), 36, []],
    ['maxFailedIndexes above completions', indexed({ backoffLimitPerIndex: 1, maxFailedIndexes: 6 }), 36, [['spec.maxFailedIndexes']]],
    ['maxFailedIndexes without backoffLimitPerIndex', indexed({ maxFailedIndexes: 2 }), 36, [['spec.backoffLimitPerIndex']]],
    ['per-index backoff without Indexed', job({ spec: { backoffLimitPerIndex: 1 } }), 36, [['spec.backoffLimitPerIndex']]],
    ['per-index backoff ignored in 1.28', job({ spec: { backoffLimitPerIndex: 1 } }), 28, []],
    ['many completions need maxFailedIndexes', indexed({ completions: 200000, backoffLimitPerIndex: 1 }), 36, [['spec.maxFailedIndexes']]],
    ['cron job template', cronJob({ spec: { jobTemplate: { spec: { completionMode: 'Indexed' } } } }), 36, [['spec.jobTemplate.spec.completions']]],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(jobCompletionMode, object, minor)).toEqual(expected(list)));
});

describe('job/success-policy', () => {
  const policy = (rules: unknown[]) => ({ successPolicy: { rules } });
  it.each<[string, unknown, number, Expected[]]>([
    ['none', job(), 36, []],
    ['valid', indexed(policy([{ succeededIndexes: '0,2-3', succeededCount: 2 }])), 36, []],
    ['not Indexed', job({ spec: policy([{ succeededCount: 1 }]) }), 36, [['spec.successPolicy']]],
    ['not checked before 1.31', job({ spec: policy([{ succeededCount: 1 }]) }), 30, []],
    ['no rules', indexed(policy([])), 36, [['spec.successPolicy.rules']]],
    ['rules missing (the schema reports the required field)', indexed({ successPolicy: {} }), 36, []],
    ['one-index interval', indexed(policy([{ succeededIndexes: '1-1' }])), 36, [['spec.successPolicy.rules[0].succeededIndexes']]],
    ['empty rule', indexed(policy([{}])), 36, [['spec.successPolicy.rules[0]']]],
    ['index beyond completions', indexed(policy([{ succeededIndexes: '0-5' }])), 36, [['spec.successPolicy.rules[0].succeededIndexes']]],
    ['count above completions', indexed(policy([{ succeededCount: 6 }])), 36, [['spec.successPolicy.rules[0].succeededCount']]],
    ['count above listed indexes', indexed(policy([{ succeededIndexes: '1', succeededCount: 2 }])), 36, [['spec.successPolicy.rules[0].succeededCount']]],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(jobSuccessPolicy, object, minor)).toEqual(expected(list)));

  it.each<[string, number, number | RegExp]>([
    ['', 5, 0],
    ['0', 5, 1],
    ['0,2-4', 5, 4],
    ['1-1', 5, /does not end after/],
    ['1-2', 5, 2],
    ['+1', 5, 1],
    ['5', 5, /not below completions/],
    ['2,1', 5, /increasing/],
    ['3-1', 5, /does not end after/],
    ['a', 5, /not an index/],
    ['1-2-3', 5, /more than two parts/],
  ])('countIndexes(%j, %i)', (text, completions, result) => {
    const counted = countIndexes(text, completions);
    if (typeof result === 'number') expect(counted).toBe(result);
    else expect(counted).toMatch(result);
  });
});

describe('job/pod-replacement-policy', () => {
  it.each<[string, unknown, number, Expected[]]>([
    ['none', job(), 36, []],
    ['Failed', job({ spec: { podReplacementPolicy: 'Failed' } }), 36, []],
    ['TerminatingOrFailed', job({ spec: { podReplacementPolicy: 'TerminatingOrFailed' } }), 36, []],
    ['unknown', job({ spec: { podReplacementPolicy: 'Never' } }), 36, [['spec.podReplacementPolicy']]],
    ['with a pod failure policy', job({ spec: { podReplacementPolicy: 'TerminatingOrFailed', podFailurePolicy: { rules: [] } } }), 36, [['spec.podReplacementPolicy']]],
    ['not checked in 1.28', job({ spec: { podReplacementPolicy: 'Never' } }), 28, []],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(jobPodReplacementPolicy, object, minor)).toEqual(expected(list)));
});

describe('job/managed-by', () => {
  it.each<[string, unknown, number, Expected[]]>([
    ['none', job(), 36, []],
    ['valid', job({ spec: { managedBy: 'kueue.x-k8s.io/multikueue' } }), 36, []],
    ['no domain', job({ spec: { managedBy: 'kueue' } }), 36, [['spec.managedBy']]],
    ['too long', job({ spec: { managedBy: `example.com/${'a'.repeat(60)}` } }), 36, [['spec.managedBy']]],
    ['not checked in 1.31', job({ spec: { managedBy: 'kueue' } }), 31, []],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(jobManagedBy, object, minor)).toEqual(expected(list)));

  it.each<[string, boolean]>([
    ['example.com/a', true],
    ['example.com/a/b', true],
    ['/a', false],
    ['example.com/', false],
    ['Example.com/a', false],
    ['example.com/a b', false],
  ])('domain-prefixed path %j valid: %s', (value, valid) => expect(checkDomainPrefixedPath(value) === undefined).toBe(valid));
});

describe('job/name', () => {
  it.each<[string, unknown, Expected[]]>([
    ['short name', job(), []],
    ['name of 63 characters', job({ metadata: { name: 'a'.repeat(63) } }), []],
    ['name of 64 characters', job({ metadata: { name: 'a'.repeat(64) } }), [['metadata.name']]],
    ['long name with manualSelector', job({ metadata: { name: 'a'.repeat(64) }, spec: { manualSelector: true } }), []],
    ['indexed host names fit', job({ metadata: { name: 'a'.repeat(61) }, spec: { completionMode: 'Indexed', completions: 10 } }), []],
    ['indexed host names too long', job({ metadata: { name: 'a'.repeat(61) }, spec: { completionMode: 'Indexed', completions: 11 } }), [['metadata.name']]],
    ['indexed host names with dots', job({ metadata: { name: 'a.b' }, spec: { completionMode: 'Indexed', completions: 1 } }), [['metadata.name']]],
    ['indexed host names from a generated name fit', job({ metadata: { name: undefined, generateName: 'a'.repeat(56) }, spec: { completionMode: 'Indexed', completions: 10 } }), []],
    ['indexed host names from a generated name too long', job({ metadata: { name: undefined, generateName: 'a'.repeat(57) }, spec: { completionMode: 'Indexed', completions: 10 } }), [['metadata.name']]],
    ['indexed host names from a long generateName (cut to 58)', job({ metadata: { name: undefined, generateName: 'a'.repeat(70) }, spec: { completionMode: 'Indexed', completions: 1 } }), [['metadata.name']]],
    ['indexed host names from a dotted generateName', job({ metadata: { name: undefined, generateName: 'db.migrate-' }, spec: { completionMode: 'Indexed', completions: 2 } }), [['metadata.name']]],
    ['long generateName without Indexed', job({ metadata: { name: undefined, generateName: 'a'.repeat(70) } }), []],
  ])('%s', (_name, object, list) => expect(run(jobName, object)).toEqual(expected(list)));
});
