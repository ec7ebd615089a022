/**
 * Quantities as podsmith's value objects: `Cpu.millis(200)` for `200m`, `Memory.mebibytes(250)`
 * for `250Mi`, but only when the factory writes the quantity exactly as the manifest does
 * (`0.5` stays `'0.5'`, since `Cpu.cores(0.5)` writes `500m`; a number stays a number).
 */
import { call, json, symbol, type Expr, type JsonValue } from './code-model';
import { exactly } from './exact';

const CPU_FACTORIES: ReadonlyMap<string, string> = new Map([
  ['m', 'millis'],
  ['', 'cores'],
]);

const MEMORY_FACTORIES: ReadonlyMap<string, string> = new Map([
  ['', 'bytes'],
  ['Ki', 'kibibytes'],
  ['Mi', 'mebibytes'],
  ['Gi', 'gibibytes'],
  ['Ti', 'tebibytes'],
  ['k', 'kilobytes'],
  ['M', 'megabytes'],
  ['G', 'gigabytes'],
  ['T', 'terabytes'],
]);

/** Which value object a resource's amounts take: CPU, memory-like (bytes), or none. */
function familyOf(resourceName: string): 'Cpu' | 'Memory' | undefined {
  if (resourceName === 'cpu') return 'Cpu';
  if (resourceName === 'memory' || resourceName === 'ephemeral-storage' || resourceName.startsWith('hugepages-')) return 'Memory';
  return undefined;
}

/**
 * The amount of resource `resourceName` as a value object factory call when one writes it
 * exactly, otherwise as written.
 */
export function quantityExpr(resourceName: string, amount: JsonValue): Expr {
  const family = familyOf(resourceName);
  if (family === undefined || typeof amount !== 'string') return json(amount);
  return memoryOrCpu(family, amount) ?? json(amount);
}

/** A memory amount (an `emptyDir` size limit, say) as a `Memory` factory call when exact, otherwise as written. */
export function memoryExpr(amount: JsonValue): Expr {
  return typeof amount === 'string' ? (memoryOrCpu('Memory', amount) ?? json(amount)) : json(amount);
}

function memoryOrCpu(family: 'Cpu' | 'Memory', text: string): Expr | undefined {
  const match = /^([1-9][0-9]*|0)([a-zA-Z]*)$/.exec(text);
  if (match === null) return undefined;
  const factory = (family === 'Cpu' ? CPU_FACTORIES : MEMORY_FACTORIES).get(match[2]);
  const count = Number(match[1]);
  if (factory === undefined || !Number.isSafeInteger(count)) return undefined;
  const candidate = call({ kind: 'member', object: symbol('podsmith', family), property: factory }, json(count));
  return exactly(candidate, (value) => String(value), text);
}
