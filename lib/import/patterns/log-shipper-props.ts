/**
 * A Fluent Bit helper that follows files of a volume it shares with the main container, as
 * a `LogShipper` pattern: the log directory, the file glob, the tail properties that differ
 * from the defaults, the output, and the container's other fields.
 */
import { DEFAULT_TAIL_PROPERTIES, FLUENT_BIT_IMAGE } from '../../../patterns/log-shipper';
import { json, object, objectOf, type Expr, type ObjectEntry } from '../code-model';
import { containerEntries } from '../container-expr';
import type { JsonRecord } from '../json-record';
import { simpleMounts, type HelperContainer } from './helper-containers';
import { shareWith, type Share } from './shares';
import { wiringEntries, type PatternWiringProps } from './sidecar-props';

/** A helper read as a log shipper: the log volume it shares, the main container, and the file glob. */
export interface LogShipperMatch {
  /** The log volume shared with the main container. */
  readonly share: Share;
  /** The main container that writes the logs. */
  readonly main: JsonRecord;
  /** The files followed inside the log directory. */
  readonly files: string;
}

const DEFAULT_TAIL: ReadonlyMap<string, string> = new Map(Object.entries(DEFAULT_TAIL_PROPERTIES));
const DEFAULT_LOG_MOUNT = '/logs';
const DEFAULT_FILES = '*.log';

/** The log volume and main container of a Fluent Bit helper, when its tail path lies in a volume one of `mains` mounts. */
export function matchLogShipper(helper: HelperContainer, mains: readonly JsonRecord[]): LogShipperMatch | undefined {
  const path = helper.fluentBit?.tail.find(([key]) => key === 'path')?.[1];
  if (path === undefined) return undefined;
  for (const { mount } of simpleMounts(helper.container)) {
    const base = mount.mountPath.replace(/\/+$/, '');
    if (!path.startsWith(`${base}/`)) continue;
    const files = path.slice(base.length + 1);
    if (files.trim() === '' || files.startsWith('/')) continue;
    for (const main of mains) {
      const share = shareWith(main, mount);
      if (share) return { share, main, files };
    }
  }
  return undefined;
}

/**
 * The props of a `LogShipper`, or undefined when its defaults cannot give the helper's
 * arguments (a default tail property missing).
 * @param helper the helper container, without what the pattern mounts itself
 * @param fluentBit the helper's Fluent Bit arguments
 * @param match the log volume and main container
 * @param wiring main container and placement (its shares are the log volume)
 */
export function logShipperProps(helper: JsonRecord, fluentBit: NonNullable<HelperContainer['fluentBit']>, match: LogShipperMatch, wiring: PatternWiringProps): Expr | undefined {
  const tail = new Map<string, string>();
  for (const [key, value] of fluentBit.tail) if (key !== 'path') tail.set(key, value);
  if ([...DEFAULT_TAIL.keys()].some((key) => !tail.has(key))) return undefined;
  const overrides = [...tail].filter(([key, value]) => DEFAULT_TAIL.get(key) !== value);
  const { helperMount, mainMount } = match.share;
  const logs = objectOf([
    ['volume', json(match.share.volume)],
    ['mainMountPath', json(mainMount.mountPath)],
    ['mountPath', helperMount.mountPath === DEFAULT_LOG_MOUNT ? undefined : json(helperMount.mountPath)],
  ]);
  const output =
    fluentBit.output === 'stdout' && fluentBit.outputProperties.length === 0
      ? undefined
      : objectOf([
          ['name', json(fluentBit.output)],
          ['properties', fluentBit.outputProperties.length === 0 ? undefined : properties(fluentBit.outputProperties)],
        ]);
  const entries: ObjectEntry[] = [{ key: 'logs', value: logs }];
  if (match.files !== DEFAULT_FILES) entries.push({ key: 'files', value: json(match.files) });
  if (overrides.length > 0) entries.push({ key: 'tail', value: properties(overrides) });
  if (output !== undefined) entries.push({ key: 'output', value: output });
  if (helper.image !== FLUENT_BIT_IMAGE) entries.push({ key: 'image', value: json(helper.image ?? null) });
  entries.push(...wiringEntries({ ...wiring, shares: [] }));
  entries.push(...containerEntries(helper, ['name', 'image', 'command', 'args', 'restartPolicy']));
  return object(entries);
}

function properties(pairs: readonly (readonly [string, string])[]): Expr {
  return object(pairs.map(([key, value]) => ({ key, value: json(value) })));
}
