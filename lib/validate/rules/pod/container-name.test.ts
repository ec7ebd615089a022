import { describe, expect, it } from 'vitest';
import { containerName } from './container-name';
import { DEGENERATE_SPECS, summarize } from './testkit';

const c = (name?: unknown) => (name === undefined ? { image: 'x' } : { name, image: 'x' });

describe('container/name', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containerName, spec)).toEqual([]);
  });

  it.each([
    ['a missing name (the schema layer reports it)', { containers: [c()] }, []],
    ['an empty name', { containers: [c('')] }, ['error container/name-required spec.containers[0].name']],
    ['a name of the wrong type', { containers: [c(5)] }, []],
    ['upper case', { containers: [c('Web')] }, ['error container/name-syntax spec.containers[0].name']],
    ['an underscore', { containers: [c('my_app')] }, ['error container/name-syntax spec.containers[0].name']],
    ['64 characters', { containers: [c('a'.repeat(64))] }, ['error container/name-syntax spec.containers[0].name']],
    ['63 characters', { containers: [c('a'.repeat(63))] }, []],
    ['a valid name', { containers: [c('web-1')] }, []],
    ['a duplicate among containers', { containers: [c('a'), c('a')] }, ['error container/name-unique spec.containers[1].name']],
    ['an init container named like a container', { containers: [c('a')], initContainers: [c('a')] }, ['error container/name-unique spec.initContainers[0].name']],
    ['an ephemeral container named like an init container', { containers: [c('a')], initContainers: [c('b')], ephemeralContainers: [c('b')] }, ['error container/name-unique spec.ephemeralContainers[0].name']],
    ['distinct names', { containers: [c('a'), c('b')], initContainers: [c('c')] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containerName, spec)).toEqual(expected);
  });
});
