import { omitUndefined } from './internal/omit-undefined';
import type * as k8s from './k8s/types.generated';
import { Memory } from './quantity';

/** Options of an emptyDir volume. */
export interface EmptyDirOptions {
  /** `Memory` for a tmpfs; empty for the node's disk. @default not set (node disk) */
  readonly medium?: '' | 'Memory';
  /** Most the volume may hold, e.g. `Memory.mebibytes(100)`. @default not set (no limit) */
  readonly sizeLimit?: Memory | string;
}

/** Options of a volume that projects keys of a ConfigMap or Secret. */
export interface KeyProjectionOptions {
  /** Keys to project and the paths to put them at. @default not set (every key, at its own name) */
  readonly items?: k8s.KeyToPath[];
  /** File mode of projected files (an octal number such as `0o644`). @default not set (the API's 0644) */
  readonly defaultMode?: number;
  /** Whether the source may be missing. @default not set (required) */
  readonly optional?: boolean;
}

/** Options of a hostPath volume. */
export interface HostPathOptions {
  /** What must be at the path, e.g. `Directory`, `DirectoryOrCreate`, `File`. @default not set (no check) */
  readonly type?: '' | 'DirectoryOrCreate' | 'Directory' | 'FileOrCreate' | 'File' | 'Socket' | 'CharDevice' | 'BlockDevice';
}

/**
 * Factories of pod volumes, in the Kubernetes API's form. Any raw `Volume` object can be
 * used in `volumes` too; these only save typing and render value objects.
 */
export class Volume {
  /** A scratch directory that lives as long as the pod. */
  public static emptyDir(name: string, options: EmptyDirOptions = {}): k8s.Volume {
    const sizeLimit = options.sizeLimit instanceof Memory ? options.sizeLimit.toString() : options.sizeLimit;
    return { name, emptyDir: omitUndefined({ medium: options.medium, sizeLimit }) };
  }

  /** The keys of a ConfigMap as files. */
  public static configMap(name: string, configMapName: string, options: KeyProjectionOptions = {}): k8s.Volume {
    return { name, configMap: omitUndefined({ name: configMapName, ...options }) };
  }

  /** The keys of a Secret as files. */
  public static secret(name: string, secretName: string, options: KeyProjectionOptions = {}): k8s.Volume {
    return { name, secret: omitUndefined({ secretName, ...options }) };
  }

  /** A file or directory of the node. */
  public static hostPath(name: string, path: string, options: HostPathOptions = {}): k8s.Volume {
    return { name, hostPath: omitUndefined({ path, type: options.type }) };
  }

  /** A PersistentVolumeClaim in the pod's namespace. */
  public static persistentVolumeClaim(name: string, claimName: string, options: { readonly readOnly?: boolean } = {}): k8s.Volume {
    return { name, persistentVolumeClaim: omitUndefined({ claimName, readOnly: options.readOnly }) };
  }

  /** Several sources (ConfigMaps, Secrets, downward API, service account token) in one directory. */
  public static projected(name: string, sources: k8s.VolumeProjection[], options: { readonly defaultMode?: number } = {}): k8s.Volume {
    return { name, projected: omitUndefined({ sources, defaultMode: options.defaultMode }) };
  }

  private constructor() {}
}
