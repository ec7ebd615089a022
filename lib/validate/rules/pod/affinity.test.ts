import { describe, expect, it } from 'vitest';
import { affinity } from './affinity';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('affinity on degenerate input', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(affinity, spec)).toEqual([]);
  });
});

const NA = 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms';
const required = (terms: unknown) => pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });
const podTerm = (term: unknown) => pod({ affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } } });
const PA = 'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]';

describe('scheduling/affinity', () => {
  it.each([
    ['no terms', required([]), [`error scheduling/affinity ${NA}`]],
    ['a good term', required([{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }]), []],
    ['In without values', required([{ matchExpressions: [{ key: 'disk', operator: 'In' }] }]), [`error scheduling/affinity ${NA}[0].matchExpressions[0].values`]],
    ['Exists with values', required([{ matchExpressions: [{ key: 'disk', operator: 'Exists', values: ['x'] }] }]), [`error scheduling/affinity ${NA}[0].matchExpressions[0].values`]],
    ['Gt with two values', required([{ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['1', '2'] }] }]), [`error scheduling/affinity ${NA}[0].matchExpressions[0].values`]],
    ['an unknown operator', required([{ matchExpressions: [{ key: 'disk', operator: 'Equals', values: ['x'] }] }]), [`error scheduling/affinity ${NA}[0].matchExpressions[0].operator`]],
    ['a bad required value', required([{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['a b'] }] }]), [`error scheduling/affinity ${NA}[0].matchExpressions[0].values[0]`]],
    ['a matchFields key other than metadata.name', required([{ matchFields: [{ key: 'spec.nodeName', operator: 'In', values: ['n'] }] }]), [`error scheduling/affinity ${NA}[0].matchFields[0].key`]],
    ['a preferred weight of 0', pod({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: {} }] } } }), ['error scheduling/affinity spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight']],
    ['a bad preferred value is allowed', pod({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: 'd', operator: 'In', values: ['a b'] }] } }] } } }), []],
    ['a good pod term', podTerm({ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }), []],
    ['a pod term without topologyKey (the schema layer reports it)', podTerm({ labelSelector: { matchLabels: { app: 'web' } } }), []],
    ['a pod term with an empty topologyKey', podTerm({ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: '' }), [`error scheduling/affinity ${PA}.topologyKey`]],
    ['a pod term with a bad selector', podTerm({ labelSelector: { matchExpressions: [{ key: 'app', operator: 'In' }] }, topologyKey: 'k' }), [`error scheduling/affinity ${PA}.labelSelector.matchExpressions[0].values`]],
    ['a pod term with a bad namespace', podTerm({ namespaces: ['Prod'], topologyKey: 'k' }), [`error scheduling/affinity ${PA}.namespace`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(affinity, spec)).toEqual(expected);
  });
});

describe('scheduling/affinity matchLabelKeys and mismatchLabelKeys', () => {
  const selector = { matchLabels: { app: 'web' } };
  it.each([
    ['keys with a selector', podTerm({ labelSelector: selector, matchLabelKeys: ['pod-template-hash'], mismatchLabelKeys: ['tenant'], topologyKey: 'k' }), {}, []],
    ['keys without a selector', podTerm({ matchLabelKeys: ['pod-template-hash'], topologyKey: 'k' }), {}, [`error scheduling/affinity ${PA}.matchLabelKeys`]],
    ['a key in both lists', podTerm({ labelSelector: selector, matchLabelKeys: ['tenant'], mismatchLabelKeys: ['tenant'], topologyKey: 'k' }), {}, [`error scheduling/affinity ${PA}.matchLabelKeys[0]`]],
    ['a key in matchLabels and matchExpressions', podTerm({ labelSelector: { matchLabels: { tenant: 'a' }, matchExpressions: [{ key: 'tenant', operator: 'Exists' }] }, matchLabelKeys: ['x', 'tenant'], topologyKey: 'k' }), {}, [`error scheduling/affinity ${PA}.matchLabelKeys[1]`]],
    ['a key once in matchLabels, the Pod without that label', podTerm({ labelSelector: { matchLabels: { tenant: 'a' } }, matchLabelKeys: ['tenant'], topologyKey: 'k' }), { labels: { app: 'web' } }, []],
    ['a key once in matchLabels, the Pod with that label (merged first)', podTerm({ labelSelector: { matchLabels: { tenant: 'a' } }, matchLabelKeys: ['tenant'], topologyKey: 'k' }), { labels: { tenant: 'a' } }, [`error scheduling/affinity ${PA}.matchLabelKeys[0]`]],
    ['a merged key not in the selector', podTerm({ labelSelector: selector, matchLabelKeys: ['tenant'], topologyKey: 'k' }), { labels: { tenant: 'a' } }, []],
  ])('%s', (_label, spec, metadata, expected) => {
    expect(summarize(affinity, spec, { metadata })).toEqual(expected);
  });

  it('checks a template without merging its labels', () => {
    const spec = podTerm({ labelSelector: { matchLabels: { tenant: 'a' } }, matchLabelKeys: ['tenant'], topologyKey: 'k' });
    expect(summarize(affinity, spec, { template: true, metadata: { labels: { tenant: 'a' } } })).toEqual([]);
  });

  it('leaves the keys alone before 1.31 (the server drops them)', () => {
    const spec = podTerm({ matchLabelKeys: ['a b'], mismatchLabelKeys: ['a b'], topologyKey: 'k' });
    expect(summarize(affinity, spec, { minor: 30 })).toEqual([]);
    expect(summarize(affinity, spec, { minor: 31 })).toHaveLength(3);
  });
});
