import { describe, expect, it } from 'vitest';
import { resizePolicy } from './resize-policy';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withPolicy = (policy: unknown, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'a', image: 'x', resizePolicy: policy }], ...extra });
const R = 'spec.containers[0].resizePolicy';

describe('container/resize-policy', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(resizePolicy, spec)).toEqual([]);
  });

  it.each([
    ['a good policy', withPolicy([{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'memory', restartPolicy: 'RestartContainer' }]), []],
    ['an unknown resource', withPolicy([{ resourceName: 'ephemeral-storage', restartPolicy: 'NotRequired' }]), [`error container/resize-policy ${R}[0].resourceName`]],
    ['a resource twice', withPolicy([{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'cpu', restartPolicy: 'NotRequired' }]), [`error container/resize-policy ${R}[1].resourceName`]],
    ['an unknown policy', withPolicy([{ resourceName: 'cpu', restartPolicy: 'Always' }]), [`error container/resize-policy ${R}[0].restartPolicy`]],
    ['RestartContainer in a Never pod', withPolicy([{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }], { restartPolicy: 'Never' }), [`error container/resize-policy ${R}[0].restartPolicy`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(resizePolicy, spec)).toEqual(expected);
  });

  it('warns that 1.32 drops the field', () => {
    expect(summarize(resizePolicy, withPolicy([{ resourceName: 'cpu', restartPolicy: 'NotRequired' }]), { minor: 32 })).toEqual([`warning container/resize-policy ${R}`]);
  });
});
