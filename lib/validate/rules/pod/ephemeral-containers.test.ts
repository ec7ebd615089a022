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
});
