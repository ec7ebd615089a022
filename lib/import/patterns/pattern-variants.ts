/**
 * Reading patterns back from a pod spec: the helper containers become `Sidecar`,
 * `LogShipper`, `RedisAmbassador` and `PrometheusExporter` patterns attached to the pod's construct, and the pod keeps the rest. Each
 * variant lets the patterns wire a different share of the volumes and mounts; the importer
 * keeps the first variant whose code gives back exactly the input object.
 */
import { construct, expressionStatement, isEmptyObject, json, symbol, type Expr, type JsonValue, type Statement } from '../code-model';
import { mutableCopy, type JsonRecord, type MutableRecord } from '../json-record';
import { findHelpers, namedContainers, type HelperContainer } from './helper-containers';
import { logShipperProps, matchLogShipper, type LogShipperMatch } from './log-shipper-props';
import { matchReadyMade, type ReadyMadeMatch } from './ready-made';
import { nonDefaultSource, removeLastEnv, removeMount, removeVolume, shareExpr, sharesBetween, WIRINGS, type Share, type Wiring } from './shares';
import { sidecarProps } from './sidecar-props';

/** A pod spec read as patterns attached to a host. */
export interface PatternVariant {
  /** How much the patterns wire. */
  readonly wiring: Wiring;
  /** What the host's own props keep of the pod spec. */
  readonly podSpec: JsonRecord;
  /** The statements that attach the patterns to `host`, in order. */
  attach(host: Expr): Statement[];
}

/** A helper and what it was recognized as. */
interface Recognized {
  readonly helper: HelperContainer;
  readonly logShipper?: LogShipperMatch;
  readonly readyMade?: ReadyMadeMatch;
}

/**
 * The variants of reading `podSpec` as patterns, the most the patterns wire first; none when
 * the pod has no helper container that a pattern could have added.
 */
export function patternVariants(podSpec: JsonRecord): PatternVariant[] {
  const recognized = recognize(podSpec);
  if (recognized.length === 0) return [];
  return WIRINGS.map((wiring) => buildVariant(podSpec, recognized, wiring)).filter((v): v is PatternVariant => v !== undefined);
}

/** What a helper is, given the containers it may serve (the first being the default main container). */
function recognizeOne(helper: HelperContainer, mains: readonly JsonRecord[]): Recognized | undefined {
  const logShipper = helper.fluentBit ? matchLogShipper(helper, mains) : undefined;
  if (logShipper) return { helper, logShipper };
  const readyMade = mains.length > 0 ? matchReadyMade(helper.container, mains[0]) : undefined;
  if (readyMade) return { helper, readyMade };
  return helper.list === 'initContainers' ? { helper } : undefined;
}

/**
 * The helpers that patterns can give back: every native sidecar (a plain `Sidecar` at
 * least), and the trailing run of main containers after the first that are recognized as a
 * pattern, read from the last one back.
 */
function recognize(podSpec: JsonRecord): Recognized[] {
  const helpers = findHelpers(podSpec);
  const containers = namedContainers(podSpec, 'containers') ?? [];
  const regular = helpers.filter((h) => h.list === 'containers');
  const kept: Recognized[] = [];
  for (let i = regular.length - 1; i >= 0; i--) {
    if (regular[i].container.restartPolicy !== undefined) break;
    const found = recognizeOne(regular[i], containers.slice(0, i + 1));
    if (found === undefined) break;
    kept.unshift(found);
  }
  const keptNames = new Set(kept.map((r) => r.helper.name));
  const mains = containers.filter((c) => !keptNames.has(c.name as string));
  const natives = helpers.filter((h) => h.list === 'initContainers').map((helper) => recognizeOne(helper, mains)!);
  return [...natives, ...kept];
}

function buildVariant(podSpec: JsonRecord, recognized: readonly Recognized[], wiring: Wiring): PatternVariant | undefined {
  const work = mutableCopy(podSpec) as MutableRecord;
  const helperNames = new Set(recognized.map((r) => r.helper.name));
  for (const list of ['initContainers', 'containers'] as const) {
    const items = work[list];
    if (!Array.isArray(items)) continue;
    const kept = (items as JsonValue[]).filter((c) => !(helperNames.has((c as JsonRecord).name as string) && recognized.some((r) => r.helper.list === list && r.helper.name === (c as JsonRecord).name)));
    if (kept.length === 0) delete work[list];
    else work[list] = kept;
  }
  const mains = (namedContainers(podSpec, 'containers') ?? []).filter((c) => !helperNames.has(c.name as string));
  const defaultMain = mains[0]?.name as string | undefined;
  if (defaultMain === undefined) return undefined;
  const workMain = (name: string): MutableRecord | undefined => ((work.containers ?? []) as MutableRecord[]).find((c) => c.name === name);

  const attachments: ((host: Expr) => Statement)[] = [];
  for (const { helper, logShipper, readyMade } of recognized) {
    const copy = mutableCopy(helper.container) as MutableRecord;
    const effective: Wiring = logShipper !== undefined && wiring === 'none' ? 'reference' : readyMade !== undefined ? 'none' : wiring;
    const sharing = effective === 'none' ? undefined : mains.find((m) => sharesBetween(helper.container, m).length > 0);
    const main = logShipper?.main ?? sharing ?? mains[0];
    const shares: Share[] = logShipper !== undefined ? [logShipper.share] : effective === 'none' ? [] : sharesBetween(helper.container, main);
    if (readyMade?.handsMainEnv) removeLastEnv(workMain(main.name as string));
    const shareExprs: Expr[] = [];
    for (const share of shares) {
      const source = effective === 'declare' ? nonDefaultSource(podSpec, share.volume) : undefined;
      if (source !== undefined && logShipper !== undefined) return undefined;
      if (effective === 'declare') removeVolume(work, share.volume);
      if (effective === 'declare' || effective === 'mount') {
        const target = workMain(main.name as string);
        if (target !== undefined) removeMount(target, share.mainMount);
        removeMount(copy, share.helperMount);
      }
      shareExprs.push(shareExpr(share, source));
    }
    const wiringProps = {
      shares: shareExprs,
      mainContainer: main.name === defaultMain ? undefined : (main.name as string),
      regular: helper.list === 'containers',
    };
    const props =
      readyMade !== undefined
        ? readyMade.props(wiringProps)
        : logShipper !== undefined && helper.fluentBit !== undefined
          ? logShipperProps(copy, helper.fluentBit, logShipper, wiringProps)
          : sidecarProps(copy, wiringProps);
    if (props === undefined) return undefined;
    const className = readyMade?.className ?? (logShipper !== undefined ? 'LogShipper' : 'Sidecar');
    const args = isEmptyObject(props) ? [] : [props];
    attachments.push((host) => expressionStatement(construct(symbol('podsmith/patterns', className), host, json(helper.name), ...args)));
  }
  return { wiring, podSpec: work, attach: (host) => attachments.map((attach) => attach(host)) };
}
