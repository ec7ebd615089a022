import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  checkDeclaredOnce,
  checkMountAt,
  checkSource,
  declaredVolume,
  hasMount,
  helperMount,
  mainMount,
  mainMountPathOf,
  normalizeShares,
  type SharedVolume,
} from './shared-volume';

const owner = new Construct(new Construct(undefined as unknown as Construct, ''), 'p');
const logs: SharedVolume = { volume: 'logs', mountPath: '/logs' };

describe('normalizeShares', () => {
  it('gives an empty list for no shares, a list for one share, a copy of a list', () => {
    expect(normalizeShares(owner, undefined)).toEqual([]);
    expect(normalizeShares(owner, [])).toEqual([]);
    expect(normalizeShares(owner, logs)).toEqual([logs]);
    const list = [logs, { volume: 'b', mountPath: '/b' }];
    expect(normalizeShares(owner, list)).toEqual(list);
    expect(normalizeShares(owner, list)).not.toBe(list);
  });
});

describe('mounts and declarations of a share', () => {
  it.each([
    [logs, { name: 'logs', mountPath: '/logs' }, { name: 'logs', mountPath: '/logs' }],
    [{ ...logs, mainMountPath: '/var/log', readOnly: true }, { name: 'logs', mountPath: '/logs', readOnly: true }, { name: 'logs', mountPath: '/var/log' }],
    [{ ...logs, readOnly: false, mainReadOnly: true }, { name: 'logs', mountPath: '/logs' }, { name: 'logs', mountPath: '/logs', readOnly: true }],
  ])('%j', (share, helper, main) => {
    expect(helperMount(share)).toEqual(helper);
    expect(mainMount(share)).toEqual(main);
    expect(mainMountPathOf(share)).toBe(main.mountPath);
  });

  it('declares an emptyDir unless a source is given', () => {
    expect(declaredVolume(logs)).toEqual({ name: 'logs', emptyDir: {} });
    expect(declaredVolume({ ...logs, source: { hostPath: { path: '/var/log' } } })).toEqual({ name: 'logs', hostPath: { path: '/var/log' } });
  });

  it.each([
    [undefined, false],
    [[], false],
    [[{ name: 'logs', mountPath: '/other' }], false],
    [[{ name: 'other', mountPath: '/logs' }], false],
    [[{ name: 'logs', mountPath: '/logs', readOnly: true }], true],
  ])('hasMount(%j)', (mounts, expected) => {
    expect(hasMount(mounts, { name: 'logs', mountPath: '/logs' })).toBe(expected);
  });
});

describe('synth checks of a share on degenerate specs', () => {
  it('finds nothing wrong in a spec without volumes or mounts', () => {
    expect(checkDeclaredOnce({ containers: [] }, logs)).toEqual([]);
    expect(checkSource({ containers: [] }, { ...logs, source: { emptyDir: {} } })).toEqual([]);
    expect(checkMountAt({ path: 'containers[0]', container: { name: 'a' } }, '/logs', logs, 'main', 'fix')).toEqual([]);
  });

  it('compares sources key by key, not by key order', () => {
    const spec = { containers: [], volumes: [{ name: 'logs', emptyDir: { sizeLimit: '1Gi', medium: 'Memory' } }] };
    expect(checkSource(spec, { ...logs, source: { emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } } })).toEqual([]);
    expect(checkSource(spec, { ...logs, source: { emptyDir: { medium: 'Memory' } } })).toHaveLength(1);
    expect(checkSource(spec, logs)).toEqual([]);
  });
});
