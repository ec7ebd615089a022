import { describe, expect, it } from 'vitest';
import { restartPolicy } from './restart-policy';
import { DEGENERATE_SPECS, summarize } from './testkit';

const main = { name: 'a', image: 'x' };

describe('pod/restart-policy', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restartPolicy, spec)).toEqual([]);
  });

  it.each([
    ['no policy', { containers: [main] }, []],
    ['an empty policy (defaulted)', { containers: [main], restartPolicy: '' }, []],
    ['OnFailure', { containers: [main], restartPolicy: 'OnFailure' }, []],
    ['an unknown policy', { containers: [main], restartPolicy: 'Sometimes' }, ['error pod/restart-policy spec.restartPolicy']],
    ['lower case', { containers: [main], restartPolicy: 'always' }, ['error pod/restart-policy spec.restartPolicy']],
    ['a native sidecar', { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always' }] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(restartPolicy, spec)).toEqual(expected);
  });

  // Before 1.35 (ContainerRestartRules off by default); from 1.35 both are accepted (below).
  it.each([
    ['a container restartPolicy', { containers: [{ ...main, restartPolicy: 'Always' }] }, ['error container/restart-policy spec.containers[0].restartPolicy']],
    ['an init container with Never', { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Never' }] }, ['error container/restart-policy spec.initContainers[0].restartPolicy']],
  ])('%s on 1.34', (_label, spec, expected) => {
    expect(summarize(restartPolicy, spec, { minor: 34 })).toEqual(expected);
  });

  describe('container restart rules (ContainerRestartRules, on by default from 1.35)', () => {
    const rule = { action: 'Restart', exitCodes: { operator: 'In', values: [42] } };
    const P = 'spec.containers[0]';
    it.each([
      ['a regular container with OnFailure', { containers: [{ ...main, restartPolicy: 'OnFailure' }] }, []],
      ['a regular container with Never and a rule', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [rule] }] }, []],
      ['an init container with Never and a rule', { containers: [main], initContainers: [{ name: 'i', image: 'x', restartPolicy: 'Never', restartPolicyRules: [rule] }] }, []],
      ['NotIn without values', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'NotIn' } }] }] }, []],
      ['an unknown container policy', { containers: [{ ...main, restartPolicy: 'Sometimes' }] }, [`error container/restart-policy ${P}.restartPolicy`]],
      ['rules without a container policy', { containers: [{ ...main, restartPolicyRules: [rule] }] }, [`error container/restart-policy ${P}.restartPolicy`]],
      ['an unknown action', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ ...rule, action: 'Ignore' }] }] }, [`error container/restart-policy ${P}.restartPolicyRules[0].action`]],
      ['RestartAllContainers on 1.35', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ ...rule, action: 'RestartAllContainers' }] }] }, [`error container/restart-policy ${P}.restartPolicyRules[0].action`]],
      ['a rule without exitCodes', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart' }] }] }, [`error container/restart-policy ${P}.restartPolicyRules[0].exitCodes`]],
      ['an unknown operator', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'Is', values: [1] } }] }] }, [`error container/restart-policy ${P}.restartPolicyRules[0].exitCodes.operator`]],
      ['256 exit codes', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: Array.from({ length: 256 }, (_, i) => i + 1) } }] }] }, [`error container/restart-policy ${P}.restartPolicyRules[0].exitCodes.values`]],
      ['21 rules', { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: Array.from({ length: 21 }, () => rule) }] }, [`error container/restart-policy ${P}.restartPolicyRules`]],
      ['rules on a native sidecar on 1.35', { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always', restartPolicyRules: [rule] }] }, ['error container/restart-policy spec.initContainers[0].restartPolicyRules']],
    ])('%s', (_label, spec, expected) => {
      expect(summarize(restartPolicy, spec, { minor: 35 })).toEqual(expected);
    });

    it('allows RestartAllContainers and rules on a native sidecar from 1.36', () => {
      const spec = { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always', restartPolicyRules: [{ ...rule, action: 'RestartAllContainers' }] }] };
      expect(summarize(restartPolicy, spec, { minor: 36 })).toEqual([]);
    });

    it.each([
      [33, ['error container/restart-policy spec.containers[0].restartPolicy']],
      [34, ['warning container/restart-policy spec.containers[0].restartPolicyRules', 'error container/restart-policy spec.containers[0].restartPolicy']],
      [35, []],
    ])('a regular container with a policy and rules on 1.%i', (minor, expected) => {
      const spec = { containers: [{ ...main, restartPolicy: 'Never', restartPolicyRules: [rule] }] };
      expect(summarize(restartPolicy, spec, { minor })).toEqual(expected);
    });
  });

  it.each([28, 29, 36])('native sidecars on 1.%i', (minor) => {
    const spec = { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always' }] };
    expect(summarize(restartPolicy, spec, { minor })).toEqual(minor === 28 ? ['warning container/restart-policy spec.initContainers[0].restartPolicy'] : []);
  });
});
