import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedCapabilities } from './restricted-capabilities';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-capabilities', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedCapabilities, spec)).toEqual([]);
  });

  it.each([
    ['drop ALL', { containers: [{ ...c, securityContext: { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } } }] }, []],
    ['no drop', { containers: [c] }, ['error pss/restricted-capabilities spec.containers[0].securityContext.capabilities.drop']],
    ['adding CHOWN', { containers: [{ ...c, securityContext: { capabilities: { drop: ['ALL'], add: ['CHOWN'] } } }] }, ['error pss/restricted-capabilities spec.containers[0].securityContext.capabilities.add[0]']],
    ['a windows pod', { os: { name: 'windows' }, containers: [c] }, []],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedCapabilities, spec)).toEqual(expected);
  });
});
