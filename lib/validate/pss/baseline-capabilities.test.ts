import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineCapabilities } from './baseline-capabilities';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-capabilities', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineCapabilities, spec)).toEqual([]);
  });

  it.each([
    ['default capabilities', { containers: [{ ...c, securityContext: { capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'] } } }] }, []],
    ['NET_ADMIN', { containers: [{ ...c, securityContext: { capabilities: { add: ['CHOWN', 'NET_ADMIN'] } } }] }, ['error pss/baseline-capabilities spec.containers[0].securityContext.capabilities.add[1]']],
    ['dropping anything', { containers: [{ ...c, securityContext: { capabilities: { drop: ['ALL'] } } }] }, []],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineCapabilities, spec)).toEqual(expected);
  });
});
