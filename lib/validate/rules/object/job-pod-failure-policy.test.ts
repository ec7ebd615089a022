import { describe, expect, it } from 'vitest';
import { jobPodFailurePolicy } from './job-pod-failure-policy';
import { type Expected, cronJob, expected, job, run } from './testkit';

const withRules = (rules: unknown[], patch: Record<string, unknown> = {}) => job({ spec: { podFailurePolicy: { rules }, ...patch } });
const R0 = 'spec.podFailurePolicy.rules[0]';
const exitRule = (onExitCodes: Record<string, unknown>, action = 'FailJob') => ({ action, onExitCodes: { operator: 'In', values: [42], ...onExitCodes } });

describe('job/pod-failure-policy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['none', job(), []],
    ['exit codes', withRules([exitRule({})]), []],
    ['pod conditions', withRules([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }]), []],
    ['no action (the schema reports the required field)', withRules([{ onExitCodes: { operator: 'In', values: [1] } }]), []],
    ['empty action', withRules([{ action: '', onExitCodes: { operator: 'In', values: [1] } }]), [[`${R0}.action`]]],
    ['unknown action', withRules([exitRule({}, 'Retry')]), [[`${R0}.action`]]],
    ['FailIndex without backoffLimitPerIndex', withRules([exitRule({}, 'FailIndex')]), [[`${R0}.action`]]],
    ['FailIndex with backoffLimitPerIndex', withRules([exitRule({}, 'FailIndex')], { backoffLimitPerIndex: 1 }), []],
    ['no operator (the schema reports the required field)', withRules([{ action: 'FailJob', onExitCodes: { values: [1] } }]), []],
    ['empty operator', withRules([{ action: 'FailJob', onExitCodes: { operator: '', values: [1] } }]), [[`${R0}.onExitCodes.operator`]]],
    ['no values (the schema reports the required field)', withRules([{ action: 'FailJob', onExitCodes: { operator: 'In' } }]), []],
    ['bad operator', withRules([exitRule({ operator: 'Equals' })]), [[`${R0}.onExitCodes.operator`]]],
    ['0 with In', withRules([exitRule({ values: [0, 1] })]), [[`${R0}.onExitCodes.values[0]`]]],
    ['0 with NotIn', withRules([exitRule({ operator: 'NotIn', values: [0] })]), []],
    ['duplicate exit code', withRules([exitRule({ values: [1, 1] })]), [[`${R0}.onExitCodes.values[1]`]]],
    ['unordered exit codes', withRules([exitRule({ values: [3, 1] })]), [[`${R0}.onExitCodes.values`]]],
    ['no exit codes', withRules([exitRule({ values: [] })]), [[`${R0}.onExitCodes.values`]]],
    ['unknown container', withRules([exitRule({ containerName: 'other' })]), [[`${R0}.onExitCodes.containerName`]]],
    ['known container', withRules([exitRule({ containerName: 'web' })]), []],
    ['both requirements', withRules([{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1] }, onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }]), [[R0]]],
    ['neither requirement', withRules([{ action: 'FailJob' }]), [[R0]]],
    ['bad condition status', withRules([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'Maybe' }] }]), [[`${R0}.onPodConditions[0].status`]]],
    ['bad condition type', withRules([{ action: 'Ignore', onPodConditions: [{ type: 'bad type', status: 'True' }] }]), [[`${R0}.onPodConditions[0].type`]]],
    ['too many rules', withRules(Array.from({ length: 21 }, () => exitRule({}))), [['spec.podFailurePolicy.rules']]],
    ['restartPolicy OnFailure', withRules([exitRule({})], { template: { spec: { restartPolicy: 'OnFailure' } } }), [['spec.template.spec.restartPolicy']]],
    ['cron job template', cronJob({ spec: { jobTemplate: { spec: { podFailurePolicy: { rules: [exitRule({})] } } } } }), [['spec.jobTemplate.spec.template.spec.restartPolicy']]],
  ])('%s', (_name, object, list) => expect(run(jobPodFailurePolicy, object)).toEqual(expected(list)));

  it.each<[string, unknown, number, Expected[]]>([
    ['FailIndex without backoffLimitPerIndex in 1.29', withRules([exitRule({}, 'FailIndex')]), 29, [[`${R0}.action`]]],
    ['FailIndex rules are dropped in 1.28', withRules([exitRule({}, 'FailIndex')]), 28, []],
    ['rules after a dropped FailIndex rule move up in 1.28', withRules([exitRule({}, 'FailIndex'), exitRule({ values: [0] })]), 28, [[`${R0}.onExitCodes.values[0]`]]],
  ])('%s (1.%i)', (_name, object, minor, list) => expect(run(jobPodFailurePolicy, object, minor)).toEqual(expected(list)));
});
