/**
 * Environment variables as podsmith's `Env` factories where one gives exactly the manifest's
 * entry (`Env.fromField('POD_IP', 'status.podIP')`, `Env.fromSecretKey(...)`); a literal
 * value, and anything else, stays as written.
 */
import { call, isEmptyObject, isPlainObject, json, objectOf, symbol, type Expr, type JsonValue } from './code-model';
import { exactly } from './exact';
import { setKeys } from './json-record';

/** Per `valueFrom` source: the factory, the fields that are its arguments after the name, and the fields of its options. */
const SOURCES: ReadonlyMap<string, { readonly factory: string; readonly args: readonly string[]; readonly options: readonly string[] }> = new Map([
  ['fieldRef', { factory: 'fromField', args: ['fieldPath'], options: [] }],
  ['configMapKeyRef', { factory: 'fromConfigMapKey', args: ['name', 'key'], options: ['optional'] }],
  ['secretKeyRef', { factory: 'fromSecretKey', args: ['name', 'key'], options: ['optional'] }],
  ['resourceFieldRef', { factory: 'fromResource', args: ['resource'], options: ['containerName', 'divisor'] }],
]);

/** An environment variable as an `Env` factory call when one gives it exactly, otherwise as written. */
export function envExpr(entry: JsonValue): Expr {
  return (isPlainObject(entry) ? envCall(entry) : undefined) ?? json(entry);
}

function envCall(entry: { readonly [key: string]: JsonValue }): Expr | undefined {
  const keys = setKeys(entry);
  const valueFrom = entry.valueFrom;
  if (typeof entry.name !== 'string' || keys.length !== 2 || !keys.includes('valueFrom') || !isPlainObject(valueFrom)) return undefined;
  const sources = setKeys(valueFrom);
  const shape = sources.length === 1 ? SOURCES.get(sources[0]) : undefined;
  const source = valueFrom[sources[0]];
  if (shape === undefined || !isPlainObject(source)) return undefined;
  const fields = setKeys(source);
  if (fields.some((key) => !shape.args.includes(key) && !shape.options.includes(key))) return undefined;
  if (shape.args.some((key) => typeof source[key] !== 'string')) return undefined;
  if (['containerName', 'divisor'].some((key) => fields.includes(key) && typeof source[key] !== 'string')) return undefined;
  const options = objectOf(shape.options.map((key) => [key, fields.includes(key) ? json(source[key]) : undefined] as const));
  const args = [json(entry.name), ...shape.args.map((key) => json(source[key])), ...(isEmptyObject(options) ? [] : [options])];
  return exactly(call({ kind: 'member', object: symbol('podsmith', 'Env'), property: shape.factory }, ...args), (value) => value, entry);
}
