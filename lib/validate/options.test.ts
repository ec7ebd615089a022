import { describe, expect, it } from 'vitest';
import { resolvePodSecurity, resolveVersion } from './options';

const VERSIONS = ['1.28', '1.29', '1.30'];

describe('resolveVersion', () => {
  it.each<[string | undefined, string]>([
    [undefined, '1.30'],
    ['1.28', '1.28'],
    ['v1.29', '1.29'],
    ['1.29.3', '1.29'],
    [' 1.30 ', '1.30'],
  ])('%j is %s', (requested, version) => expect(resolveVersion(requested, VERSIONS)).toBe(version));

  it.each(['1.27', '1.31', '2.0', '', 'latest', '1', '1.2x'])('%j is a usage error', (requested) => {
    expect(() => resolveVersion(requested, VERSIONS)).toThrow(/unsupported Kubernetes version .*1\.28 to 1\.30/);
  });
});

describe('resolvePodSecurity', () => {
  it('accepts the two profiles and nothing', () => {
    expect(resolvePodSecurity(undefined)).toBeUndefined();
    expect(resolvePodSecurity('baseline')).toBe('baseline');
    expect(resolvePodSecurity('restricted')).toBe('restricted');
  });
  it.each(['privileged', 'Baseline', ''])('%j is a usage error', (profile) => {
    expect(() => resolvePodSecurity(profile)).toThrow(/unknown Pod Security Standards profile/);
  });
});
