import { describe, expect, it } from 'vitest';
import { containersRequired } from './containers-required';
import { DEGENERATE_SPECS, summarize } from './testkit';

describe('container/required', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containersRequired, spec)).toEqual([]);
  });

  it.each([
    ['no containers field', {}, ['error container/required spec.containers']],
    ['an empty list', { containers: [] }, ['error container/required spec.containers']],
    ['null containers', { containers: null }, ['error container/required spec.containers']],
    ['only init containers', { initContainers: [{ name: 'a', image: 'x' }] }, ['error container/required spec.containers']],
    ['one container', { containers: [{ name: 'a', image: 'x' }] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containersRequired, spec)).toEqual(expected);
  });

  it('uses the template path', () => {
    expect(summarize(containersRequired, {}, { template: true })).toEqual(['error container/required spec.template.spec.containers']);
  });
});
