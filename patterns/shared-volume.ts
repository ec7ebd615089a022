import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../lib/errors';
import type * as k8s from '../lib/k8s/types.generated';

/**
 * A volume a pattern shares between the main container and its helper: declared once in the
 * pod, mounted into both.
 *
 * @example
 * { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true }
 */
export interface SharedVolume {
  /** Name of the pod volume, e.g. `logs`. */
  readonly volume: string;
  /** Where the helper container mounts it. */
  readonly mountPath: string;
  /** Where the main container mounts it. @default the helper's `mountPath` */
  readonly mainMountPath?: string;
  /** Whether the helper's mount is read-only (a helper that only reads, such as a log shipper). @default false */
  readonly readOnly?: boolean;
  /** Whether the main container's mount is read-only (a helper that fills it, such as a content puller). @default false */
  readonly mainReadOnly?: boolean;
  /**
   * Source of the volume when the pod has no volume of this name when the pattern is attached,
   * e.g. `{ emptyDir: { medium: 'Memory' } }`. When the pod has one, it is used as it is, and a
   * `source` given here must match it.
   * @default `{ emptyDir: {} }` (a scratch directory that lives as long as the pod)
   */
  readonly source?: Omit<k8s.Volume, 'name'>;
}

/** Where a container sits in the pod spec, for checks: its path, e.g. `containers[0]`, and itself. */
export interface LocatedContainer {
  /** Path inside the pod spec, e.g. `initContainers[1]`. */
  readonly path: string;
  /** The rendered container. */
  readonly container: k8s.Container;
}

/** The shares of a pattern as a list, each checked: names and paths present, no volume or path twice. */
export function normalizeShares(owner: IConstruct, shares: SharedVolume | readonly SharedVolume[] | undefined): SharedVolume[] {
  if (shares === undefined) return [];
  const list: SharedVolume[] = Array.isArray(shares) ? [...(shares as readonly SharedVolume[])] : [shares as SharedVolume];
  const volumes = new Set<string>();
  const paths = new Set<string>();
  list.forEach((share, index) => {
    const prop = Array.isArray(shares) ? `shares[${index}]` : 'shares';
    if (typeof share.volume !== 'string' || share.volume.trim() === '') {
      throw new PodsmithUsageError(owner, `${prop}.volume`, 'needs the name of the volume to share, e.g. "logs"');
    }
    for (const field of ['mountPath', 'mainMountPath'] as const) {
      const value = share[field];
      if (value === undefined && field === 'mainMountPath') continue;
      if (typeof value !== 'string' || value.trim() === '') {
        throw new PodsmithUsageError(owner, `${prop}.${field}`, `needs a non-empty path where volume "${share.volume}" is mounted, e.g. "/var/log/app"`);
      }
    }
    if (volumes.has(share.volume)) {
      throw new PodsmithUsageError(owner, `${prop}.volume`, `volume "${share.volume}" is shared twice by this pattern; share it once`);
    }
    if (paths.has(share.mountPath)) {
      throw new PodsmithUsageError(owner, `${prop}.mountPath`, `${share.mountPath} is already used by another share of this pattern; give each share its own mountPath`);
    }
    volumes.add(share.volume);
    paths.add(share.mountPath);
  });
  return list;
}

/** Where the main container mounts a share. */
export function mainMountPathOf(share: SharedVolume): string {
  return share.mainMountPath ?? share.mountPath;
}

/** The helper container's mount of a share. */
export function helperMount(share: SharedVolume): k8s.VolumeMount {
  return { name: share.volume, mountPath: share.mountPath, ...(share.readOnly ? { readOnly: true } : {}) };
}

/** The main container's mount of a share. */
export function mainMount(share: SharedVolume): k8s.VolumeMount {
  return { name: share.volume, mountPath: mainMountPathOf(share), ...(share.mainReadOnly ? { readOnly: true } : {}) };
}

/** The volume a share declares when the pod has none of its name. */
export function declaredVolume(share: SharedVolume): k8s.Volume {
  return { name: share.volume, ...(share.source ?? { emptyDir: {} }) };
}

/** Whether a container's mounts already hold `mount` (same volume at the same path). */
export function hasMount(mounts: readonly k8s.VolumeMount[] | undefined, mount: k8s.VolumeMount): boolean {
  return (mounts ?? []).some((m) => m.name === mount.name && m.mountPath === mount.mountPath);
}

/** Volume declarations of a share: more than one is an error. */
export function checkDeclaredOnce(spec: k8s.PodSpec, share: SharedVolume): string[] {
  const found = (spec.volumes ?? []).map((volume, index) => ({ volume, index })).filter((v) => v.volume.name === share.volume);
  if (found.length <= 1) return [];
  const where = found.map((v) => `volumes[${v.index}]`).join(', ');
  return [
    `shares: volume "${share.volume}" is declared ${found.length} times in the pod spec (${where}); a shared volume is declared once: ` +
      'remove the extra declarations (a pattern uses the volume of that name the pod has when the pattern is attached)',
  ];
}

/** A share's `source` against the pod's volume of that name: they must be the same. */
export function checkSource(spec: k8s.PodSpec, share: SharedVolume): string[] {
  if (share.source === undefined) return [];
  const volume = (spec.volumes ?? []).find((v) => v.name === share.volume);
  if (volume === undefined) return [];
  const { name: _name, ...source } = volume;
  if (canonical(source) === canonical(share.source)) return [];
  return [
    `shares.source: the pod's volume "${share.volume}" has another source (${Object.keys(source).join(', ') || 'none'}) than the pattern asks for ` +
      `(${Object.keys(share.source).join(', ') || 'none'}); drop source to use the pod's volume, or share a volume of another name`,
  ];
}

/** What a container mounts at `mountPath`: exactly the share's volume, once. */
export function checkMountAt(located: LocatedContainer, mountPath: string, share: SharedVolume, role: string, fix: string): string[] {
  const atPath = (located.container.volumeMounts ?? []).map((mount, index) => ({ mount, index })).filter((m) => m.mount.mountPath === mountPath);
  const foreign = atPath.find((m) => m.mount.name !== share.volume);
  const name = located.container.name;
  if (foreign) {
    return [
      `shares: the ${role} container "${name}" mounts volume "${foreign.mount.name}" at ${mountPath} (${located.path}.volumeMounts[${foreign.index}]), ` +
        `where the pattern mounts volume "${share.volume}"; ${fix}`,
    ];
  }
  if (atPath.length > 1) {
    const where = atPath.map((m) => `${located.path}.volumeMounts[${m.index}]`).join(', ');
    return [`shares: the ${role} container "${name}" mounts volume "${share.volume}" at ${mountPath} ${atPath.length} times (${where}); mount it once`];
  }
  return [];
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
