import { describe, expect, it } from 'vitest';
import { cronJobConcurrencyPolicy } from './cronjob-concurrency-policy';
import { cronJobNameLength } from './cronjob-name';
import { cronJobSchedule } from './cronjob-schedule';
import { cronJobTimeZone } from './cronjob-time-zone';
import { type Expected, cronJob, expected, run } from './testkit';

describe('cronjob/schedule', () => {
  it.each<[string, unknown, Expected[]]>([
    ['valid', cronJob(), []],
    ['descriptor', cronJob({ spec: { schedule: '@hourly' } }), []],
    ['empty', cronJob({ spec: { schedule: '' } }), [['spec.schedule']]],
    ['minute out of range', cronJob({ spec: { schedule: '61 * * * *' } }), [['spec.schedule']]],
    ['six fields', cronJob({ spec: { schedule: '0 0 3 * * *' } }), [['spec.schedule']]],
    ['CRON_TZ prefix', cronJob({ spec: { schedule: 'CRON_TZ=UTC 0 3 * * *' } }), [['spec.schedule']]],
    ['TZ prefix with a bad schedule', cronJob({ spec: { schedule: 'TZ=UTC 0 3 * *' } }), [['spec.schedule'], ['spec.schedule']]],
    ['not a string is left to the schema', cronJob({ spec: { schedule: 5 } }), []],
  ])('%s', (_name, object, list) => expect(run(cronJobSchedule, object)).toEqual(expected(list)));
});

describe('cronjob/time-zone', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', cronJob(), []],
    ['valid', cronJob({ spec: { timeZone: 'Europe/Paris' } }), []],
    ['empty', cronJob({ spec: { timeZone: '' } }), [['spec.timeZone']]],
    ['misspelt', cronJob({ spec: { timeZone: 'Europe/Pariss' } }), [['spec.timeZone']]],
    ['Local', cronJob({ spec: { timeZone: 'Local' } }), [['spec.timeZone']]],
  ])('%s', (_name, object, list) => expect(run(cronJobTimeZone, object)).toEqual(expected(list)));
});

describe('cronjob/concurrency-policy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['default', cronJob(), []],
    ['Forbid', cronJob({ spec: { concurrencyPolicy: 'Forbid' } }), []],
    ['unknown', cronJob({ spec: { concurrencyPolicy: 'Queue' } }), [['spec.concurrencyPolicy']]],
    ['lower case', cronJob({ spec: { concurrencyPolicy: 'forbid' } }), [['spec.concurrencyPolicy']]],
  ])('%s', (_name, object, list) => expect(run(cronJobConcurrencyPolicy, object)).toEqual(expected(list)));
});

describe('cronjob/name-length', () => {
  it.each<[string, unknown, Expected[]]>([
    ['short', cronJob(), []],
    ['52 characters', cronJob({ metadata: { name: 'a'.repeat(52) } }), []],
    ['53 characters', cronJob({ metadata: { name: 'a'.repeat(53) } }), [['metadata.name']]],
    ['generateName of 47 characters (52 with the random suffix)', cronJob({ metadata: { name: undefined, generateName: `${'a'.repeat(46)}-` } }), []],
    ['generateName of 48 characters (53 with the random suffix)', cronJob({ metadata: { name: undefined, generateName: `${'a'.repeat(47)}-` } }), [['metadata.name']]],
    ['name and generateName: the name counts', cronJob({ metadata: { name: 'nightly', generateName: 'a'.repeat(70) } }), []],
  ])('%s', (_name, object, list) => expect(run(cronJobNameLength, object)).toEqual(expected(list)));
});
