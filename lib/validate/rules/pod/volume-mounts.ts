import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, boolAt, child, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { imageVolumesDropped, isImageVolume } from './image-volume-source';
import { describeContainer, type PodContainer, siteContainers, specRecord } from './pod-containers';
import { checkLocalDescendingPath, hasBacksteps } from './paths';
import { volumeSource } from './volumes';

const PROPAGATIONS = ['None', 'HostToContainer', 'Bidirectional'];
const RECURSIVE_READ_ONLY = ['Disabled', 'IfPossible', 'Enabled'];
/** First minor version where recursiveReadOnly is on by default; before, the field is dropped. */
const RECURSIVE_READ_ONLY_MINOR = 31;
/** The source of an image volume the server drops in the target version, with the mounts naming it. */
const DROPPED = 'dropped';

/**
 * Volume mounts and devices of every container. Follows `ValidateVolumeMounts`,
 * `ValidateVolumeDevices`, `validateMountPropagation` and `validateMountRecursiveReadOnly`:
 * a mount names a volume of the pod and has a `mountPath` unique within the container;
 * `subPath`/`subPathExpr` are relative without '..' and exclusive; `mountPropagation` is
 * None, HostToContainer or Bidirectional (Bidirectional only for privileged containers);
 * `recursiveReadOnly` (on by default from 1.31) needs `readOnly: true`; a device names a
 * persistentVolumeClaim or ephemeral volume, with a unique `devicePath`, and does not
 * overlap the mounts. Before 1.35 the mounts of image volumes are not checked: the server
 * drops them with the volumes (`dropImageVolumes`).
 */
export const volumeMounts: PodRule = {
  id: 'volume/mounts',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    let sources: Map<string, string | undefined> | undefined;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      // A container without mounts or devices has nothing to check.
      if (isEmptyList(container.value, 'volumeMounts') && isEmptyList(container.value, 'volumeDevices')) continue;
      sources ??= volumeSources(specRecord(site.spec), imageVolumesDropped(ctx.minor));
      checkMounts(container, sources, ctx);
    }
  },
};

function isEmptyList(record: JsonRecord, field: string): boolean {
  const list = arrayAt(record, field);
  return list === undefined || list.length === 0;
}

/**
 * The source of each named volume of the pod (`emptyDir` for a volume without one). When
 * `dropImages`, image volumes are marked `dropped`: the server removes them and the mounts
 * that name them before validation.
 */
function volumeSources(spec: JsonRecord | undefined, dropImages: boolean): Map<string, string | undefined> {
  const sources = new Map<string, string | undefined>();
  for (const { value: volume } of recordsAt(spec, 'volumes')) {
    const name = stringAt(volume, 'name');
    if (name !== undefined && name !== '') sources.set(name, volumeSource(volume) ?? 'emptyDir');
  }
  // The mounts go by name: another volume of the same name does not keep them.
  if (dropImages) {
    for (const { value: volume } of recordsAt(spec, 'volumes')) {
      const name = stringAt(volume, 'name');
      if (name !== undefined && name !== '' && isImageVolume(volume)) sources.set(name, DROPPED);
    }
  }
  return sources;
}

function checkMounts(container: PodContainer, sources: Map<string, string | undefined>, ctx: RuleContext): void {
  const deviceNames = new Map<string, string>();
  for (const { value: device } of recordsAt(container.value, 'volumeDevices')) {
    const name = stringAt(device, 'name');
    if (name !== undefined) deviceNames.set(name, stringAt(device, 'devicePath') ?? '');
  }
  const devicePaths = new Set(deviceNames.values());
  const mountPaths = new Set<string>();
  const mountNames = new Map<string, string>();
  const mountedNames = new Set<string>();
  const privileged = boolAt(recordAt(container.value, 'securityContext'), 'privileged') === true;
  for (const { index, value: mount } of recordsAt(container.value, 'volumeMounts')) {
    const path = `${child(container.path, 'volumeMounts')}[${index}]`;
    const name = stringAt(mount, 'name');
    if (name !== undefined && sources.get(name) === DROPPED) continue;
    if (name === '') {
      ctx.report({ ruleId: 'volume/mount-name', fieldPath: child(path, 'name'), message: 'the mount names no volume', hint: 'set name to one of the pod\'s volumes' });
    } else if (name !== undefined) {
      // A subPath into an image volume is allowed from 1.33; before, image volumes are off
      // by default (ImageVolume, on from 1.35) and the server checks no subPath of theirs.
      if (!sources.has(name)) {
        ctx.report({ ruleId: 'volume/mount-name', fieldPath: child(path, 'name'), message: `${describeContainer(container)} mounts volume "${name}", which the pod does not define`, hint: `add a volume named "${name}" to the pod's volumes, or fix the name` });
      }
      // subPath into an image volume: refused while ImageVolume was alpha, allowed from 1.33
      // (beta); image volumes are only kept from 1.35, so it is never refused.
      if (deviceNames.has(name)) ctx.report({ ruleId: 'volume/mount-name', fieldPath: child(path, 'name'), message: `volume "${name}" is also used in volumeDevices`, hint: 'use a volume either as a mount or as a device' });
      mountedNames.add(name);
    }
    const mountPath = stringAt(mount, 'mountPath');
    if (mountPath === '') {
      ctx.report({ ruleId: 'volume/mount-path', fieldPath: child(path, 'mountPath'), message: 'the mount has no mountPath', hint: "set the directory in the container, e.g. '/data'" });
    } else if (mountPath !== undefined) {
      if (mountPaths.has(mountPath)) {
        ctx.report({ ruleId: 'volume/mount-path', fieldPath: child(path, 'mountPath'), message: `mountPath "${mountPath}" is used twice in ${describeContainer(container)}`, hint: 'mount each path once' });
      }
      mountPaths.add(mountPath);
      if (devicePaths.has(mountPath)) ctx.report({ ruleId: 'volume/mount-path', fieldPath: child(path, 'mountPath'), message: `mountPath "${mountPath}" is also a devicePath`, hint: 'use different paths for mounts and devices' });
      if (name !== undefined) mountNames.set(name, mountPath);
    }
    checkSubPaths(mount, path, ctx);
    checkPropagation(mount, path, privileged, ctx.minor >= RECURSIVE_READ_ONLY_MINOR, ctx);
  }
  checkDevices(container, sources, mountNames, mountedNames, ctx);
}

function checkSubPaths(mount: JsonRecord, path: string, ctx: RuleContext): void {
  const subPath = stringAt(mount, 'subPath');
  const subPathExpr = stringAt(mount, 'subPathExpr');
  for (const [field, value] of [['subPath', subPath], ['subPathExpr', subPathExpr]] as const) {
    if (value === undefined || value === '') continue;
    const problem = checkLocalDescendingPath(value);
    if (problem !== undefined) ctx.report({ ruleId: 'volume/sub-path', fieldPath: child(path, field), message: problem, hint: 'use a path relative to the volume root' });
  }
  if (subPath && subPathExpr) {
    ctx.report({ ruleId: 'volume/sub-path', fieldPath: child(path, 'subPathExpr'), message: 'subPath and subPathExpr are both set', hint: 'keep one of them' });
  }
}

function checkPropagation(mount: JsonRecord, path: string, privileged: boolean, recursiveReadOnlyOn: boolean, ctx: RuleContext): void {
  const propagation = stringAt(mount, 'mountPropagation');
  if (propagation !== undefined) {
    if (!PROPAGATIONS.includes(propagation)) {
      ctx.report({ ruleId: 'volume/mount-propagation', fieldPath: child(path, 'mountPropagation'), message: `mountPropagation "${propagation}" is not supported`, hint: 'use None, HostToContainer or Bidirectional' });
    } else if (propagation === 'Bidirectional' && !privileged) {
      ctx.report({ ruleId: 'volume/mount-propagation', fieldPath: child(path, 'mountPropagation'), message: 'Bidirectional mount propagation is only available to privileged containers', hint: 'use HostToContainer, or run the container privileged' });
    }
  }
  const rro = stringAt(mount, 'recursiveReadOnly');
  if (rro === undefined || rro === 'Disabled' || !recursiveReadOnlyOn) return;
  const rroPath = child(path, 'recursiveReadOnly');
  if (!RECURSIVE_READ_ONLY.includes(rro)) {
    ctx.report({ ruleId: 'volume/recursive-read-only', fieldPath: rroPath, message: `recursiveReadOnly "${rro}" is not supported`, hint: 'use Disabled, IfPossible or Enabled' });
    return;
  }
  if (boolAt(mount, 'readOnly') !== true) {
    ctx.report({ ruleId: 'volume/recursive-read-only', fieldPath: rroPath, message: `recursiveReadOnly ${rro} needs readOnly: true`, hint: 'set readOnly: true on the mount' });
  }
  if (propagation !== undefined && propagation !== 'None') {
    ctx.report({ ruleId: 'volume/recursive-read-only', fieldPath: rroPath, message: `recursiveReadOnly ${rro} needs mountPropagation None or unset`, hint: 'remove mountPropagation' });
  }
}

/**
 * The devices of a container. `mountNames` maps a mounted volume to its mount path (the
 * last one, as `GetVolumeMountMap` keeps it); `mountedNames` holds every mounted volume,
 * so a volume both mounted and used as a device is reported on each side, as
 * `ValidateVolumeMounts` and `ValidateVolumeDevices` both do.
 */
function checkDevices(container: PodContainer, sources: Map<string, string | undefined>, mountNames: Map<string, string>, mountedNames: Set<string>, ctx: RuleContext): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  const mountPaths = new Set(mountNames.values());
  for (const { index, value: device } of recordsAt(container.value, 'volumeDevices')) {
    const path = `${child(container.path, 'volumeDevices')}[${index}]`;
    const name = stringAt(device, 'name');
    if (name === '') {
      ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'name'), message: 'the device names no volume', hint: 'name a persistentVolumeClaim volume of the pod' });
    } else if (name !== undefined) {
      if (names.has(name)) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'name'), message: `device volume "${name}" is used twice`, hint: 'use each volume once' });
      names.add(name);
      const source = sources.get(name);
      if (!sources.has(name) || source === DROPPED) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'name'), message: `volume "${name}" is not defined by the pod`, hint: `add a persistentVolumeClaim volume named "${name}"` });
      else if (source !== 'persistentVolumeClaim' && source !== 'ephemeral') ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'name'), message: `volume "${name}" is a ${source} volume; block devices need a persistentVolumeClaim or ephemeral volume`, hint: 'use a persistentVolumeClaim volume in block mode' });
      if (mountedNames.has(name)) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'name'), message: `volume "${name}" is also used in volumeMounts`, hint: 'use a volume either as a mount or as a device' });
    }
    const devicePath = stringAt(device, 'devicePath');
    if (devicePath === '') {
      ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'devicePath'), message: 'the device has no devicePath', hint: "set the device path, e.g. '/dev/xvda'" });
    } else if (devicePath !== undefined) {
      if (paths.has(devicePath)) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'devicePath'), message: `devicePath "${devicePath}" is used twice`, hint: 'give each device its own path' });
      if (hasBacksteps(devicePath)) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'devicePath'), message: `devicePath "${devicePath}" must not contain '..'`, hint: 'write the path without ..' });
      paths.add(devicePath);
      if (mountPaths.has(devicePath)) ctx.report({ ruleId: 'volume/device', fieldPath: child(path, 'devicePath'), message: `devicePath "${devicePath}" is also a mountPath`, hint: 'use different paths for mounts and devices' });
    }
  }
}
