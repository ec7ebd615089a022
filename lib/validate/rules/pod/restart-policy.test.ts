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
    ['a container restartPolicy', { containers: [{ ...main, restartPolicy: 'Always' }] }, ['error container/restart-policy spec.containers[0].restartPolicy']],
    ['a native sidecar', { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always' }] }, []],
    ['an init container with Never', { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Never' }] }, ['error container/restart-policy spec.initContainers[0].restartPolicy']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(restartPolicy, spec)).toEqual(expected);
  });

  it.each([28, 29, 36])('native sidecars on 1.%i', (minor) => {
    const spec = { containers: [main], initContainers: [{ name: 's', image: 'x', restartPolicy: 'Always' }] };
    expect(summarize(restartPolicy, spec, { minor })).toEqual(minor === 28 ? ['warning container/restart-policy spec.initContainers[0].restartPolicy'] : []);
  });
});
