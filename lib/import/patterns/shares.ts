/**
 * The volumes a helper shares with its main container, and how much of that sharing the
 * pattern wires itself. A pattern declares a shared volume the pod lacks and mounts it into
 * both containers unless they already mount it; reading a pod back, each level of wiring
 * takes a different part out of the pod's own spec.
 */
import { isPlainObject, json, objectOf, type Expr, type JsonValue } from '../code-model';
import { sameData } from '../exact';
import { setField, type JsonRecord, type MutableRecord } from '../json-record';
import { simpleMounts, type SimpleMount } from './helper-containers';

/**
 * How much of the sharing the pattern wires: `declare` (the volume and both mounts),
 * `mount` (both mounts; the pod declares the volume), `reference` (the pod has it all and
 * the pattern only names the shares), `none` (no shares).
 */
export type Wiring = 'declare' | 'mount' | 'reference' | 'none';

/** The wiring levels, the most the pattern does first. */
export const WIRINGS: readonly Wiring[] = ['declare', 'mount', 'reference', 'none'];

/** A volume shared by a helper and its main container. */
export interface Share {
  /** The volume's name. */
  readonly volume: string;
  /** The helper's mount of it. */
  readonly helperMount: SimpleMount;
  /** The main container's mount of it. */
  readonly mainMount: SimpleMount;
}

/** A share whose mounts make one: the helper mounts `helperMount`, the main container mounts the same volume. */
export function shareWith(main: JsonRecord, helperMount: SimpleMount): Share | undefined {
  const mainMount = simpleMounts(main).find((m) => m.mount.name === helperMount.name)?.mount;
  return mainMount === undefined ? undefined : { volume: helperMount.name, helperMount, mainMount };
}

/** Every volume the helper mounts that the main container mounts too, each once, at distinct helper paths. */
export function sharesBetween(helper: JsonRecord, main: JsonRecord): Share[] {
  const shares: Share[] = [];
  for (const { mount } of simpleMounts(helper)) {
    if (shares.some((s) => s.volume === mount.name || s.helperMount.mountPath === mount.mountPath)) continue;
    const share = shareWith(main, mount);
    if (share) shares.push(share);
  }
  return shares;
}

/** The volume's source (the volume without its name), when it is not the default `emptyDir: {}`. */
export function nonDefaultSource(spec: JsonRecord, volume: string): JsonRecord | undefined {
  const volumes = Array.isArray(spec.volumes) ? (spec.volumes as readonly JsonValue[]) : [];
  const found = volumes.find((v) => isPlainObject(v) && v.name === volume);
  if (!isPlainObject(found)) return undefined;
  const source: MutableRecord = {};
  for (const key of Object.keys(found)) if (key !== 'name' && found[key] !== null) setField(source, key, found[key]);
  return sameData({ emptyDir: {} }, source) ? undefined : source;
}

/** A share as the pattern's `shares` prop; `source` only when the pattern declares the volume. */
export function shareExpr(share: Share, source: JsonRecord | undefined): Expr {
  const { helperMount, mainMount } = share;
  return objectOf([
    ['volume', json(share.volume)],
    ['mountPath', json(helperMount.mountPath)],
    ['mainMountPath', mainMount.mountPath === helperMount.mountPath ? undefined : json(mainMount.mountPath)],
    ['readOnly', helperMount.readOnly === true ? json(true) : undefined],
    ['mainReadOnly', mainMount.readOnly === true ? json(true) : undefined],
    ['source', source === undefined ? undefined : json(source)],
  ]);
}

/** Removes the first mount of `mount.name` at `mount.mountPath` from a container's mounts; drops an emptied list. */
export function removeMount(container: MutableRecord, mount: SimpleMount): void {
  const mounts = container.volumeMounts;
  if (!Array.isArray(mounts)) return;
  const list = mounts as JsonValue[];
  const index = list.findIndex((m) => isPlainObject(m) && m.name === mount.name && m.mountPath === mount.mountPath);
  if (index < 0) return;
  list.splice(index, 1);
  if (list.length === 0) delete container.volumeMounts;
}

/** Removes the first volume named `name` from a pod spec; drops an emptied list. */
export function removeVolume(spec: MutableRecord, name: string): void {
  const volumes = spec.volumes;
  if (!Array.isArray(volumes)) return;
  const list = volumes as JsonValue[];
  const index = list.findIndex((v) => isPlainObject(v) && v.name === name);
  if (index < 0) return;
  list.splice(index, 1);
  if (list.length === 0) delete spec.volumes;
}

/** Removes the last entry of a container's env (one a pattern handed it); drops an emptied list. */
export function removeLastEnv(container: MutableRecord | undefined): void {
  const env = container?.env;
  if (container === undefined || !Array.isArray(env) || env.length === 0) return;
  const list = env as JsonValue[];
  list.pop();
  if (list.length === 0) delete container.env;
}
