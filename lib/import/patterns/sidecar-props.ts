/**
 * A native sidecar as a `Sidecar` pattern: the helper container's fields (without the
 * `restartPolicy: Always` the pattern sets), the volumes it shares with the main container,
 * and the main container when it is not the pod's first.
 */
import { json, object, type Expr, type ObjectEntry } from '../code-model';
import { containerEntries } from '../container-expr';
import type { JsonRecord } from '../json-record';

/** What the props of a helper's pattern say besides the container's own fields. */
export interface PatternWiringProps {
  /** The `shares` prop, each share as an expression. */
  readonly shares: readonly Expr[];
  /** The main container, when it is not the one the pattern picks by default. */
  readonly mainContainer?: string;
  /** Whether the helper is a regular container rather than a native sidecar. */
  readonly regular: boolean;
}

/** The wiring entries: `shares` (one object, or a list of several), `mainContainer`, `native: false`. */
export function wiringEntries(wiring: PatternWiringProps): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  if (wiring.shares.length === 1) entries.push({ key: 'shares', value: wiring.shares[0] });
  if (wiring.shares.length > 1) entries.push({ key: 'shares', value: { kind: 'array', items: wiring.shares } });
  if (wiring.mainContainer !== undefined) entries.push({ key: 'mainContainer', value: json(wiring.mainContainer) });
  if (wiring.regular) entries.push({ key: 'native', value: json(false) });
  return entries;
}

/**
 * The props of a `Sidecar` for a helper container.
 * @param helper the helper container, without what the pattern mounts itself
 * @param wiring shares, main container, placement
 */
export function sidecarProps(helper: JsonRecord, wiring: PatternWiringProps): Expr {
  return object([...containerEntries(helper, ['name', 'restartPolicy']), ...wiringEntries(wiring)]);
}
