import { describe, expect, it } from 'vitest';
import { nodeSelector } from './node-selector';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('nodeSelector on degenerate input', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(nodeSelector, spec)).toEqual([]);
  });
});

describe('scheduling/node-selector', () => {
  it.each([
    ['a good selector', { gpu: 'true', 'kubernetes.io/arch': 'amd64' }, []],
    ['an empty value', { disk: '' }, []],
    ['a bad key', { 'bad key': 'x' }, ['error scheduling/node-selector spec.nodeSelector[bad key]']],
    ['a bad value', { disk: 'fast ssd' }, ['error scheduling/node-selector spec.nodeSelector[disk]']],
    ['a long value', { disk: 'a'.repeat(64) }, ['error scheduling/node-selector spec.nodeSelector[disk]']],
  ])('%s', (_label, selector, expected) => {
    expect(summarize(nodeSelector, pod({ nodeSelector: selector }))).toEqual(expected);
  });
});
