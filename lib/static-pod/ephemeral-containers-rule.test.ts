import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../validate/rules/pod/testkit';
import { staticPodEphemeralContainers } from './ephemeral-containers-rule';

describe('static-pod/ephemeral-containers', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(staticPodEphemeralContainers, spec)).toEqual([]);
  });

  it.each([
    ['none', { containers: [{ name: 'web' }] }, []],
    ['an empty list', { ephemeralContainers: [] }, []],
    ['one', { ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }, ['error static-pod/ephemeral-containers spec.ephemeralContainers']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(staticPodEphemeralContainers, spec)).toEqual(expected);
  });

  it('does not apply to pod templates', () => {
    expect(summarize(staticPodEphemeralContainers, { ephemeralContainers: [{}] }, { template: true })).toEqual([]);
  });
});
