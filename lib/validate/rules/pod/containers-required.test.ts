import { describe, expect, it } from 'vitest';
import { containersRequired } from './containers-required';
import { DEGENERATE_SPECS, summarize } from './testkit';

describe('container/required', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containersRequired, spec)).toEqual([]);
  });

  it.each([
    ['no containers field (the schema layer reports it)', {}, []],
    ['an empty list', { containers: [] }, ['error container/required spec.containers']],
    ['null containers (the schema layer reports it)', { containers: null }, []],
    ['only init containers', { containers: [], initContainers: [{ name: 'a', image: 'x' }] }, ['error container/required spec.containers']],
    ['one container', { containers: [{ name: 'a', image: 'x' }] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containersRequired, spec)).toEqual(expected);
  });

  it('uses the template path', () => {
    expect(summarize(containersRequired, { containers: [] }, { template: true })).toEqual(['error container/required spec.template.spec.containers']);
  });
});
