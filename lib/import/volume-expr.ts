/**
 * Pod volumes as podsmith's `Volume` factories (`Volume.emptyDir('logs')`,
 * `Volume.configMap('config', 'web-config')` ...) when the factory gives exactly the
 * manifest's volume, otherwise the volume as written.
 */
import { call, isEmptyObject, isPlainObject, json, objectOf, symbol, type Expr, type JsonValue } from './code-model';
import { exactly } from './exact';
import { memoryExpr } from './quantity-expr';

/** Per volume source: the factory, the field that is its second argument (if any), and the fields that go into the options. */
const SOURCES: ReadonlyMap<string, { readonly factory: string; readonly second?: string; readonly options: readonly string[] }> = new Map([
  ['emptyDir', { factory: 'emptyDir', options: ['medium', 'sizeLimit'] }],
  ['configMap', { factory: 'configMap', second: 'name', options: ['items', 'defaultMode', 'optional'] }],
  ['secret', { factory: 'secret', second: 'secretName', options: ['items', 'defaultMode', 'optional'] }],
  ['hostPath', { factory: 'hostPath', second: 'path', options: ['type'] }],
  ['persistentVolumeClaim', { factory: 'persistentVolumeClaim', second: 'claimName', options: ['readOnly'] }],
  ['projected', { factory: 'projected', second: 'sources', options: ['defaultMode'] }],
]);

/** The values the factories' option types take (the API takes more, e.g. `HugePages` media). */
const OPTION_VALUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['emptyDir.medium', ['', 'Memory']],
  ['hostPath.type', ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']],
]);

/** Whether the source's values fit the factory's option types, so the generated code type-checks. */
function typesFit(sourceKey: string, source: { readonly [key: string]: JsonValue }): boolean {
  for (const [field, allowed] of OPTION_VALUES) {
    const [kind, key] = field.split('.');
    if (kind === sourceKey && source[key] !== undefined && source[key] !== null && !allowed.includes(source[key] as string)) return false;
  }
  return true;
}

/** A volume as a `Volume` factory call when one gives it exactly, otherwise as written. */
export function volumeExpr(volume: JsonValue): Expr {
  return (isPlainObject(volume) ? volumeCall(volume) : undefined) ?? json(volume);
}

function volumeCall(volume: { readonly [key: string]: JsonValue }): Expr | undefined {
  const keys = Object.keys(volume).filter((key) => volume[key] !== null);
  const name = volume.name;
  const sourceKey = keys.find((key) => key !== 'name');
  if (typeof name !== 'string' || keys.length !== 2 || sourceKey === undefined) return undefined;
  const shape = SOURCES.get(sourceKey);
  const source = volume[sourceKey];
  if (shape === undefined || !isPlainObject(source)) return undefined;
  const fields = Object.keys(source).filter((key) => source[key] !== null);
  if (fields.some((key) => key !== shape.second && !shape.options.includes(key))) return undefined;
  if (!typesFit(sourceKey, source)) return undefined;
  const args: Expr[] = [json(name)];
  if (shape.second !== undefined) {
    if (!fields.includes(shape.second)) return undefined;
    args.push(json(source[shape.second]));
  }
  const options = objectOf(
    fields.filter((key) => key !== shape.second).map((key) => [key, key === 'sizeLimit' ? memoryExpr(source[key]) : json(source[key])] as const),
  );
  if (!isEmptyObject(options)) args.push(options);
  const candidate = call({ kind: 'member', object: symbol('podsmith', 'Volume'), property: shape.factory }, ...args);
  return exactly(candidate, (value) => value, volume);
}
