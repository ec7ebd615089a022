import { describe, expect, it } from 'vitest';
import { ephemeralContainers } from './ephemeral-containers';
import { DEGENERATE_SPECS, summarize } from './testkit';

describe('container/ephemeral', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(ephemeralContainers, spec)).toEqual([]);
  });

  it.each([
    ['none', { containers: [] }, []],
    ['an empty list', { ephemeralContainers: [] }, []],
    ['one', { ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }, ['error container/ephemeral spec.ephemeralContainers']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(ephemeralContainers, spec)).toEqual(expected);
  });

  it('is refused in templates too', () => {
    expect(summarize(ephemeralContainers, { ephemeralContainers: [{}] }, { template: true })).toEqual(['error container/ephemeral spec.template.spec.ephemeralContainers']);
  });
  it.each([
    ['a debugging container', { name: 'debug', image: 'busybox', targetContainerName: 'app', volumeMounts: [{ name: 'v', mountPath: '/v' }], resources: {} }, []],
    ['an unknown target', { name: 'debug', image: 'busybox', targetContainerName: 'nope' }, ['targetContainerName']],
    ['ports, even empty', { name: 'debug', image: 'busybox', ports: [] }, ['ports']],
    ['resources', { name: 'debug', image: 'busybox', resources: { limits: { cpu: '1' } } }, ['resources']],
    ['probes and hooks', { name: 'debug', image: 'busybox', readinessProbe: {}, lifecycle: {} }, ['readinessProbe', 'lifecycle']],
    ['a restart policy', { name: 'debug', image: 'busybox', restartPolicy: 'Always' }, ['restartPolicy']],
    ['a subPath', { name: 'debug', image: 'busybox', volumeMounts: [{ name: 'v', mountPath: '/v', subPath: 'a' }] }, ['volumeMounts[0].subPath']],
  ])('checks an ephemeral container with %s (validateEphemeralContainers)', (_label, ephemeral, fields) => {
    const spec = { containers: [{ name: 'app', image: 'x' }], ephemeralContainers: [ephemeral] };
    expect(summarize(ephemeralContainers, spec)).toEqual([
      'error container/ephemeral spec.ephemeralContainers',
      ...fields.map((field) => `error container/ephemeral spec.ephemeralContainers[0].${field}`),
    ]);
  });
});
