import type { Construct } from 'constructs';
import { PodsmithUsageError } from '../lib/errors';
import { Sidecar, type SidecarProps } from './sidecar';

/** Where a {@link LogShipper} sends the lines it reads: a Fluent Bit output plugin and its properties. */
export interface FluentBitOutput {
  /** Name of the output plugin, e.g. `stdout`, `forward`, `http`, `loki`. */
  readonly name: string;
  /** Properties of the plugin, e.g. `{ host: 'fluentd.logging.svc', port: '24224' }`, passed as `-p key=value` in key order. @default none */
  readonly properties?: Readonly<Record<string, string>>;
}

/** Props of a {@link LogShipper}. */
export interface LogShipperProps extends Omit<SidecarProps, 'image' | 'shares' | 'command' | 'args'> {
  /** The log directory: the volume the main container writes its logs into, and where it mounts it (e.g. `/var/log/nginx`). */
  readonly logs: {
    /** Name of the pod volume, e.g. `logs`. */
    readonly volume: string;
    /** Where the main container writes its logs. */
    readonly mainMountPath: string;
    /** Where the shipper reads them. @default '/logs' */
    readonly mountPath?: string;
  };
  /** Files to follow inside the log directory (a glob). @default '*.log' */
  readonly files?: string;
  /**
   * Properties of the `tail` input, passed as `-p key=value` in key order; they override the
   * defaults key by key (`path` is always the one `logs` and `files` make). The defaults read each file from its start (the volume is new with the
   * pod, and the shipper usually starts before the files exist) and look for new files every
   * second (a short Job may write its log and finish within the tail's usual 60 seconds).
   * @default `{ read_from_head: 'true', refresh_interval: '1' }`
   */
  readonly tail?: Readonly<Record<string, string>>;
  /** Where the lines go. @default `{ name: 'stdout' }` (the shipper's own output, for `kubectl logs`) */
  readonly output?: FluentBitOutput;
  /** Fluent Bit image. @default 'fluent/fluent-bit:3.1' */
  readonly image?: string;
}

/** The `tail` input properties {@link LogShipper} sets unless told otherwise. */
export const DEFAULT_TAIL_PROPERTIES: Readonly<Record<string, string>> = { read_from_head: 'true', refresh_interval: '1' };

/** Fluent Bit `-p key=value` arguments, in key order. */
function asProperties(properties: Readonly<Record<string, string>>): string[] {
  return Object.entries(properties)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, value]) => ['-p', `${key}=${value}`]);
}

/** The default Fluent Bit image of {@link LogShipper}. */
export const FLUENT_BIT_IMAGE = 'fluent/fluent-bit:3.1';

/**
 * A Fluent Bit sidecar that follows the log files the main container writes into a shared
 * volume and ships them to an output. Configured entirely by arguments (`-i tail -p path=...
 * -o <output>`), so it needs no ConfigMap. The shipper mounts the log volume read-only.
 *
 * Mounting the volume over a directory such as nginx's `/var/log/nginx` replaces what the
 * image has there (the official nginx image links its log files to stdout), so the main
 * container writes real files for the shipper to follow.
 *
 * @example
 * new LogShipper(web, 'log-shipper', { logs: { volume: 'logs', mainMountPath: '/var/log/nginx' } });
 */
export class LogShipper extends Sidecar {
  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the shipper container's name unless `name` is given
   * @param props the log directory, the files and the output
   */
  public constructor(scope: Construct, id: string, props: LogShipperProps) {
    super(scope, id, LogShipper.sidecarProps(scope, id, props));
  }

  private static sidecarProps(scope: Construct, id: string, props: LogShipperProps): SidecarProps {
    const where = `${scope.node.path ? `${scope.node.path}/` : ''}${id} (LogShipper)`;
    const { logs, files, tail, output, image, ...sidecar } = props;
    if (logs === undefined) throw new PodsmithUsageError(where, 'logs', 'needs the log directory: { volume, mainMountPath }');
    for (const field of ['volume', 'mainMountPath', 'mountPath'] as const) {
      const value = logs[field];
      if (value === undefined && field === 'mountPath') continue;
      if (typeof value !== 'string' || value.trim() === '') {
        throw new PodsmithUsageError(where, `logs.${field}`, field === 'volume' ? 'needs the name of the log volume, e.g. "logs"' : 'needs a non-empty directory path, e.g. "/var/log/nginx"');
      }
    }
    const mountPath = logs.mountPath ?? '/logs';
    const glob = files ?? '*.log';
    if (glob.trim() === '' || glob.startsWith('/')) {
      throw new PodsmithUsageError(where, 'files', `must be a file glob inside the log directory, such as "*.log" (got "${glob}")`);
    }
    const out = output ?? { name: 'stdout' };
    if (out.name.trim() === '') throw new PodsmithUsageError(where, 'output.name', 'needs a Fluent Bit output plugin name, e.g. "stdout" or "forward"');
    const tailProperties = { ...DEFAULT_TAIL_PROPERTIES, ...tail, path: `${mountPath.replace(/\/+$/, '')}/${glob}` };
    return {
      ...sidecar,
      image: image ?? FLUENT_BIT_IMAGE,
      command: ['/fluent-bit/bin/fluent-bit'],
      args: ['-i', 'tail', ...asProperties(tailProperties), '-o', out.name, ...asProperties(out.properties ?? {})],
      shares: { volume: logs.volume, mountPath, mainMountPath: logs.mainMountPath, readOnly: true },
    };
  }
}
