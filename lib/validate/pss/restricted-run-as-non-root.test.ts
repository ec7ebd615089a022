import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedRunAsNonRoot } from './restricted-run-as-non-root';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-run-as-non-root', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedRunAsNonRoot, spec)).toEqual([]);
  });

  it.each([
    ['set on the pod', { containers: [c], securityContext: { runAsNonRoot: true } }, []],
    ['set on every container', { containers: [{ ...c, securityContext: { runAsNonRoot: true } }] }, []],
    ['unset', { containers: [c] }, ['error pss/restricted-run-as-non-root spec.containers[0].securityContext.runAsNonRoot']],
    ['false on a container', { containers: [{ ...c, securityContext: { runAsNonRoot: false } }], securityContext: { runAsNonRoot: true } }, ['error pss/restricted-run-as-non-root spec.containers[0].securityContext.runAsNonRoot']],
    ['false on the pod', { containers: [{ ...c, securityContext: { runAsNonRoot: true } }], securityContext: { runAsNonRoot: false } }, ['error pss/restricted-run-as-non-root spec.securityContext.runAsNonRoot']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedRunAsNonRoot, spec)).toEqual(expected);
  });
});
