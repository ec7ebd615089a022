/**
 * A pod spec (with the metadata of its pod) as podsmith's pod props: the metadata first,
 * then the spec's fields as the manifest orders them, containers as container props and
 * volumes as `Volume` factories where they are exact.
 */
import { array, json, object, type Expr, type JsonValue, type ObjectEntry } from './code-model';
import { containerExpr } from './container-expr';
import { setKeys, type JsonRecord } from './json-record';
import { volumeExpr } from './volume-expr';

/** One field of a pod spec as props. */
function specEntry(key: string, value: JsonValue): ObjectEntry {
  if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
    return { key, value: array((value as readonly JsonValue[]).map((container) => containerExpr(container))) };
  }
  if (key === 'volumes' && Array.isArray(value)) {
    return { key, value: array((value as readonly JsonValue[]).map((volume) => volumeExpr(volume))) };
  }
  return { key, value: json(value) };
}

/**
 * Pod props (a Pod's, or a workload's `template`).
 * @param metadata the pod's metadata as it goes into the props (already without what the construct sets), if any
 * @param spec the pod spec
 */
export function podPropsExpr(metadata: JsonRecord | undefined, spec: JsonRecord): Expr {
  const entries: ObjectEntry[] = [];
  if (metadata !== undefined && setKeys(metadata).length > 0) entries.push({ key: 'metadata', value: json(metadata) });
  for (const key of setKeys(spec)) entries.push(specEntry(key, spec[key]));
  return object(entries);
}
