import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineHostPorts } from './baseline-host-ports';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-host-ports', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineHostPorts, spec)).toEqual([]);
  });

  it.each([
    ['no host port', { containers: [{ ...c, ports: [{ containerPort: 80 }] }] }, []],
    ['hostPort 0', { containers: [{ ...c, ports: [{ containerPort: 80, hostPort: 0 }] }] }, []],
    ['hostPort 8080', { containers: [{ ...c, ports: [{ containerPort: 80, hostPort: 8080 }] }] }, ['error pss/baseline-host-ports spec.containers[0].ports[0].hostPort']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineHostPorts, spec)).toEqual(expected);
  });
});
