import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { restrictedVolumeTypes } from './restricted-volume-types';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/restricted-volume-types', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(restrictedVolumeTypes, spec)).toEqual([]);
  });

  it.each([
    ['core volume types', { containers: [c], volumes: [{ name: 'a', emptyDir: {} }, { name: 'b', configMap: { name: 'x' } }, { name: 'c', persistentVolumeClaim: { claimName: 'p' } }, { name: 'd' }] }, []],
    ['an image volume', { containers: [c], volumes: [{ name: 'a', image: { reference: 'busybox:1.36' } }] }, []],
    ['an nfs volume', { containers: [c], volumes: [{ name: 'a', nfs: { server: 's', path: '/x' } }] }, ['error pss/restricted-volume-types spec.volumes[0].nfs']],
    ['a hostPath volume', { containers: [c], volumes: [{ name: 'a', hostPath: { path: '/x' } }] }, ['error pss/restricted-volume-types spec.volumes[0].hostPath']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(restrictedVolumeTypes, spec)).toEqual(expected);
  });
});
