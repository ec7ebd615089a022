/**
 * The helper containers of a pod spec that may have come from a pattern: native sidecars
 * (init containers with `restartPolicy: Always`) at the end of the init containers, and
 * containers after the main container. Patterns append their helpers, so only a trailing
 * run of them can be reproduced by attaching patterns.
 */
import { isPlainObject, type JsonValue } from '../code-model';
import type { JsonRecord } from '../json-record';
import { parseFluentBitArgs, type FluentBitArgs } from './log-shipper-shape';

/** The two container lists of a pod spec. */
export type ContainerList = 'initContainers' | 'containers';

/** A container that a pattern may have added. */
export interface HelperContainer {
  /** The container as in the manifest. */
  readonly container: JsonRecord;
  /** Its name. */
  readonly name: string;
  /** The list it is in: `initContainers` for a native sidecar. */
  readonly list: ContainerList;
  /** Its Fluent Bit arguments, when it runs Fluent Bit's tail input as a LogShipper does. */
  readonly fluentBit?: FluentBitArgs;
}

/** The containers of one list, when every item is an object with a string name. */
export function namedContainers(spec: JsonRecord, list: ContainerList): JsonRecord[] | undefined {
  const value = spec[list];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const items = value as readonly JsonValue[];
  return items.every((item) => isPlainObject(item) && typeof item.name === 'string') ? (items as JsonRecord[]) : undefined;
}

/** The Fluent Bit arguments of a container that runs Fluent Bit as a LogShipper does. */
function fluentBitOf(container: JsonRecord): FluentBitArgs | undefined {
  const command = container.command;
  if (!Array.isArray(command) || command.length !== 1 || command[0] !== '/fluent-bit/bin/fluent-bit') return undefined;
  return parseFluentBitArgs(container.args);
}

/**
 * The containers a pattern may have added, in the order patterns would attach them: the
 * native sidecars at the end of the init containers, then every main container after the
 * first (the first is the main container); which of those were added by a pattern is
 * decided by recognizing them, from the last one back.
 */
export function findHelpers(spec: JsonRecord): HelperContainer[] {
  const init = namedContainers(spec, 'initContainers');
  const main = namedContainers(spec, 'containers');
  if (init === undefined || main === undefined) return [];
  const natives: HelperContainer[] = [];
  for (let i = init.length - 1; i >= 0 && init[i].restartPolicy === 'Always'; i--) {
    natives.unshift({ container: init[i], name: init[i].name as string, list: 'initContainers', fluentBit: fluentBitOf(init[i]) });
  }
  const regular = main.slice(1).map((container): HelperContainer => ({ container, name: container.name as string, list: 'containers', fluentBit: fluentBitOf(container) }));
  return [...natives, ...regular];
}

/** A volume mount a pattern can make: only `name`, `mountPath` and `readOnly` set. */
export interface SimpleMount {
  /** The volume. */
  readonly name: string;
  /** Where it is mounted. */
  readonly mountPath: string;
  /** Whether it is read-only (`undefined` when not set). */
  readonly readOnly?: boolean;
}

/** The container's volume mounts that a pattern can make, with their index. */
export function simpleMounts(container: JsonRecord): { readonly mount: SimpleMount; readonly index: number }[] {
  const mounts = container.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  const found: { mount: SimpleMount; index: number }[] = [];
  (mounts as readonly JsonValue[]).forEach((mount, index) => {
    if (!isPlainObject(mount) || typeof mount.name !== 'string' || typeof mount.mountPath !== 'string') return;
    const keys = Object.keys(mount).filter((key) => mount[key] !== null);
    if (keys.some((key) => key !== 'name' && key !== 'mountPath' && key !== 'readOnly')) return;
    if (mount.readOnly !== undefined && mount.readOnly !== null && typeof mount.readOnly !== 'boolean') return;
    found.push({ mount: { name: mount.name, mountPath: mount.mountPath, readOnly: typeof mount.readOnly === 'boolean' ? mount.readOnly : undefined }, index });
  });
  return found;
}
