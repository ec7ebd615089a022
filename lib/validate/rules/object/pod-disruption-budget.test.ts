import { describe, expect, it } from 'vitest';
import { podDisruptionBudgetSpec } from './pod-disruption-budget';
import { type Expected, expected, run } from './testkit';

const pdb = (spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });

describe('poddisruptionbudget/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['minAvailable 1', pdb({ minAvailable: 1 }), []],
    ['maxUnavailable 100%', pdb({ maxUnavailable: '100%' }), []],
    ['minAvailable 0', pdb({ minAvailable: 0 }), []],
    ['neither (the server accepts it)', pdb({}), []],
    ['both', pdb({ minAvailable: 1, maxUnavailable: '50%' }), [['spec']]],
    ['negative', pdb({ minAvailable: -1 }), [['spec.minAvailable']]],
    ['a numeric string', pdb({ maxUnavailable: '1' }), [['spec.maxUnavailable']]],
    ['a decimal percentage', pdb({ maxUnavailable: '12.5%' }), [['spec.maxUnavailable']]],
    ['over 100%', pdb({ minAvailable: '101%' }), [['spec.minAvailable']]],
    ['a bad selector operator', pdb({ minAvailable: 1, selector: { matchExpressions: [{ key: 'app', operator: 'in', values: ['web'] }] } }), [['spec.selector.matchExpressions[0].operator']]],
    ['an eviction policy', pdb({ minAvailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' }), []],
    ['a bad eviction policy', pdb({ minAvailable: 1, unhealthyPodEvictionPolicy: 'Always' }), [['spec.unhealthyPodEvictionPolicy']]],
  ])('%s', (_name, object, list) => expect(run(podDisruptionBudgetSpec, object)).toEqual(expected(list)));
});
