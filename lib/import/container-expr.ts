/**
 * A container as podsmith's container props: `name` and `image` first, then the other
 * fields as the manifest orders them, with probes, resource amounts and environment
 * variables read from the pod or from ConfigMaps and Secrets as podsmith's value objects
 * and factories where they are exact.
 */
import { array, isPlainObject, json, object, type Expr, type JsonValue, type ObjectEntry } from './code-model';
import { envExpr } from './env-expr';
import { setKeys, type JsonRecord } from './json-record';
import { probeExpr } from './probe-expr';
import { quantityExpr } from './quantity-expr';

const PROBE_FIELDS: ReadonlySet<string> = new Set(['livenessProbe', 'readinessProbe', 'startupProbe']);
const LEADING_FIELDS: readonly string[] = ['name', 'image'];

/** A container's resources, with `Cpu` and `Memory` amounts where exact. */
export function resourcesExpr(resources: JsonValue): Expr {
  if (!isPlainObject(resources)) return json(resources);
  return object(
    setKeys(resources).map((key): ObjectEntry => {
      const list = resources[key];
      if ((key !== 'requests' && key !== 'limits') || !isPlainObject(list)) return { key, value: json(list) };
      return { key, value: object(setKeys(list).map((name) => ({ key: name, value: quantityExpr(name, list[name]) }))) };
    }),
  );
}

/**
 * The entries of a container's props. Fields named in `omit` are left out (a pattern sets them).
 * @param container the container as in the manifest
 * @param omit fields to leave out @default none
 */
export function containerEntries(container: JsonRecord, omit: readonly string[] = []): ObjectEntry[] {
  const keys = setKeys(container).filter((key) => !omit.includes(key));
  const ordered = [...LEADING_FIELDS.filter((key) => keys.includes(key)), ...keys.filter((key) => !LEADING_FIELDS.includes(key))];
  return ordered.map((key): ObjectEntry => {
    const value = container[key];
    if (PROBE_FIELDS.has(key)) return { key, value: probeExpr(value) };
    if (key === 'resources') return { key, value: resourcesExpr(value) };
    if (key === 'env' && Array.isArray(value)) return { key, value: array((value as readonly JsonValue[]).map(envExpr)) };
    return { key, value: json(value) };
  });
}

/** A container's props, or the value as written when it is not an object. */
export function containerExpr(container: JsonValue): Expr {
  return isPlainObject(container) ? object(containerEntries(container)) : json(container);
}
