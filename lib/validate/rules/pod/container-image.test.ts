import { describe, expect, it } from 'vitest';
import { containerImage } from './container-image';
import { DEGENERATE_SPECS, summarize } from './testkit';

describe('container/image', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containerImage, spec)).toEqual([]);
  });

  it.each([
    ['a missing image', { containers: [{ name: 'a' }] }, ['error container/image-required spec.containers[0].image']],
    ['an empty image', { containers: [{ name: 'a', image: '' }] }, ['error container/image-required spec.containers[0].image']],
    ['an image of the wrong type', { containers: [{ name: 'a', image: 3 }] }, []],
    ['an init container without image', { containers: [{ name: 'a', image: 'x' }], initContainers: [{ name: 'b' }] }, ['error container/image-required spec.initContainers[0].image']],
    ['a blank image', { containers: [{ name: 'a', image: ' ' }] }, ['error container/image-whitespace spec.containers[0].image']],
    ['trailing whitespace', { containers: [{ name: 'a', image: 'nginx ' }] }, ['error container/image-whitespace spec.containers[0].image']],
    ['a good image', { containers: [{ name: 'a', image: 'nginx:1.27' }] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containerImage, spec)).toEqual(expected);
  });

  it('requires an image in templates too', () => {
    expect(summarize(containerImage, { containers: [{ name: 'a' }] }, { template: true })).toEqual(['error container/image-required spec.template.spec.containers[0].image']);
  });

  it('only warns about a blank image in a template', () => {
    expect(summarize(containerImage, { containers: [{ name: 'a', image: ' ' }] }, { template: true })).toEqual(['warning container/image-whitespace spec.template.spec.containers[0].image']);
  });
});
