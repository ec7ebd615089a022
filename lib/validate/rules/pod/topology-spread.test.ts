import { describe, expect, it } from 'vitest';
import { topologySpread } from './topology-spread';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('topologySpread on degenerate input', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(topologySpread, spec)).toEqual([]);
  });
});

const S = 'spec.topologySpreadConstraints[0]';
const good = { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } };
describe('scheduling/topology-spread', () => {
  it.each([
    ['a good constraint', [good], []],
    ['maxSkew 0', [{ ...good, maxSkew: 0 }], [`error scheduling/topology-spread ${S}.maxSkew`]],
    ['no topologyKey', [{ ...good, topologyKey: '' }], [`error scheduling/topology-spread ${S}.topologyKey`]],
    ['a bad action', [{ ...good, whenUnsatisfiable: 'Wait' }], [`error scheduling/topology-spread ${S}.whenUnsatisfiable`]],
    ['a repeated pair', [good, good], ['error scheduling/topology-spread spec.topologySpreadConstraints[1]']],
    ['minDomains with ScheduleAnyway', [{ ...good, whenUnsatisfiable: 'ScheduleAnyway', minDomains: 2 }], [`error scheduling/topology-spread ${S}.minDomains`]],
    ['a bad policy', [{ ...good, nodeTaintsPolicy: 'Always' }], [`error scheduling/topology-spread ${S}.nodeTaintsPolicy`]],
    ['matchLabelKeys repeating the selector', [{ ...good, matchLabelKeys: ['app'] }], [`error scheduling/topology-spread ${S}.matchLabelKeys[0]`]],
    ['matchLabelKeys without selector', [{ maxSkew: 1, topologyKey: 'k', whenUnsatisfiable: 'DoNotSchedule', matchLabelKeys: ['pod-template-hash'] }], [`error scheduling/topology-spread ${S}.matchLabelKeys`]],
  ])('%s', (_label, constraints, expected) => {
    expect(summarize(topologySpread, pod({ topologySpreadConstraints: constraints }))).toEqual(expected);
  });
});
