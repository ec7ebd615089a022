import { describe, expect, it } from 'vitest';
import { volumeMounts } from './volume-mounts';
import { DEGENERATE_SPECS, summarize } from './testkit';

const spec = (container: Record<string, unknown>, vols: unknown[] = [{ name: 'data', emptyDir: {} }, { name: 'disk', persistentVolumeClaim: { claimName: 'c' } }, { name: 'img', image: { reference: 'x' } }]) =>
  ({ containers: [{ name: 'a', image: 'x', ...container }], volumes: vols });
const M = 'spec.containers[0].volumeMounts[0]';
const D = 'spec.containers[0].volumeDevices[0]';

describe('volume/mounts', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, s) => {
    expect(summarize(volumeMounts, s)).toEqual([]);
  });

  it.each([
    ['a good mount', spec({ volumeMounts: [{ name: 'data', mountPath: '/data' }] }), []],
    ['a mount of a volume with only a name', spec({ volumeMounts: [{ name: 'v', mountPath: '/v' }] }, [{ name: 'v' }]), []],
    ['a mount of an undefined volume', spec({ volumeMounts: [{ name: 'logs', mountPath: '/logs' }] }), [`error volume/mount-name ${M}.name`]],
    ['a mount without name (the schema layer reports it)', spec({ volumeMounts: [{ mountPath: '/logs' }] }), []],
    ['a mount with an empty name', spec({ volumeMounts: [{ name: '', mountPath: '/logs' }] }), [`error volume/mount-name ${M}.name`]],
    ['a mount without path (the schema layer reports it)', spec({ volumeMounts: [{ name: 'data' }] }), []],
    ['a mount with an empty path', spec({ volumeMounts: [{ name: 'data', mountPath: '' }] }), [`error volume/mount-path ${M}.mountPath`]],
    ['one path twice', spec({ volumeMounts: [{ name: 'data', mountPath: '/d' }, { name: 'disk', mountPath: '/d' }] }), ['error volume/mount-path spec.containers[0].volumeMounts[1].mountPath']],
    ['one volume on two paths', spec({ volumeMounts: [{ name: 'data', mountPath: '/a' }, { name: 'data', mountPath: '/b' }] }), []],
    ['an absolute subPath', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', subPath: '/etc' }] }), [`error volume/sub-path ${M}.subPath`]],
    ['a subPath with ..', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a/../..' }] }), [`error volume/sub-path ${M}.subPath`]],
    ['subPath and subPathExpr', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a', subPathExpr: '$(POD)' }] }), [`error volume/sub-path ${M}.subPathExpr`]],
    ['a subPath into an image volume (allowed since ImageVolume beta)', spec({ volumeMounts: [{ name: 'img', mountPath: '/d', subPath: 'a' }] }), []],
    ['an unknown propagation', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Shared' }] }), [`error volume/mount-propagation ${M}.mountPropagation`]],
    ['Bidirectional unprivileged', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' }] }), [`error volume/mount-propagation ${M}.mountPropagation`]],
    ['Bidirectional privileged', spec({ securityContext: { privileged: true }, volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' }] }), []],
    ['recursiveReadOnly without readOnly', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', recursiveReadOnly: 'Enabled' }] }), [`error volume/recursive-read-only ${M}.recursiveReadOnly`]],
    ['recursiveReadOnly with readOnly', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', readOnly: true, recursiveReadOnly: 'IfPossible' }] }), []],
    ['an unknown recursiveReadOnly', spec({ volumeMounts: [{ name: 'data', mountPath: '/d', readOnly: true, recursiveReadOnly: 'Yes' }] }), [`error volume/recursive-read-only ${M}.recursiveReadOnly`]],
    ['a good device', spec({ volumeDevices: [{ name: 'disk', devicePath: '/dev/xvda' }] }), []],
    ['a device on an emptyDir', spec({ volumeDevices: [{ name: 'data', devicePath: '/dev/xvda' }] }), [`error volume/device ${D}.name`]],
    ['a device with an empty path', spec({ volumeDevices: [{ name: 'disk', devicePath: '' }] }), [`error volume/device ${D}.devicePath`]],
    // The server reports the overlap from both lists (ValidateVolumeMounts and ValidateVolumeDevices).
    ['a device also mounted', spec({ volumeDevices: [{ name: 'disk', devicePath: '/dev/x' }], volumeMounts: [{ name: 'disk', mountPath: '/d' }] }), [`error volume/mount-name ${M}.name`, `error volume/device ${D}.name`]],
    ['a device path also a mount path', spec({ volumeDevices: [{ name: 'disk', devicePath: '/d' }], volumeMounts: [{ name: 'data', mountPath: '/d' }] }), [`error volume/mount-path ${M}.mountPath`, `error volume/device ${D}.devicePath`]],
  ])('%s', (_label, s, expected) => {
    expect(summarize(volumeMounts, s)).toEqual(expected);
  });

  it('checks init containers', () => {
    const s = { containers: [], initContainers: [{ name: 'i', volumeMounts: [{ name: 'nope', mountPath: '/x' }] }] };
    expect(summarize(volumeMounts, s)).toEqual(['error volume/mount-name spec.initContainers[0].volumeMounts[0].name']);
  });

  it('leaves recursiveReadOnly alone on 1.30, where the API server drops it', () => {
    const s = spec({ volumeMounts: [{ name: 'data', mountPath: '/d', recursiveReadOnly: 'Enabled' }] });
    expect(summarize(volumeMounts, s, { minor: 30 })).toEqual([]);
  });
});

describe('volume/mounts of image volumes before 1.35', () => {
  it('leaves out the mounts of an image volume on 1.34: the server drops them with the volume', () => {
    const podSpec = spec({ volumeMounts: [{ name: 'img', mountPath: '/d', subPath: '../a' }, { name: 'data', mountPath: '/d' }], volumeDevices: [{ name: 'img', devicePath: '/dev/x' }] });
    expect(summarize(volumeMounts, podSpec, { minor: 34 })).toEqual(['error volume/device spec.containers[0].volumeDevices[0].name']);
  });
});
