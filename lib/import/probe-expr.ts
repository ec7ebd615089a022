/**
 * Probes as podsmith's `Probe` value object (`Probe.httpGet`, `Probe.tcpSocket`,
 * `Probe.exec`, `Probe.grpc`) when the factory gives exactly the manifest's probe, otherwise
 * the probe as written.
 */
import { call, isEmptyObject, isPlainObject, json, objectOf, symbol, type Expr, type JsonValue } from './code-model';
import { exactly } from './exact';

const TIMING_FIELDS: readonly string[] = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
  'terminationGracePeriodSeconds',
];

/** Per handler: the factory and the handler fields that go into the options (the port or command is the first argument). */
const HANDLERS: ReadonlyMap<string, { readonly factory: string; readonly first: string; readonly options: readonly string[] }> = new Map([
  ['httpGet', { factory: 'httpGet', first: 'port', options: ['path', 'host', 'scheme', 'httpHeaders'] }],
  ['tcpSocket', { factory: 'tcpSocket', first: 'port', options: ['host'] }],
  ['exec', { factory: 'exec', first: 'command', options: [] }],
  ['grpc', { factory: 'grpc', first: 'port', options: ['service'] }],
]);

/** The fields of a JSON object that are set (Kubernetes reads a null field as absent). */
function setFields(value: { readonly [key: string]: JsonValue }): [string, JsonValue][] {
  return Object.keys(value)
    .filter((key) => value[key] !== null)
    .map((key) => [key, value[key]]);
}

/** A probe as a `Probe` factory call when one gives it exactly, otherwise as written. */
export function probeExpr(probe: JsonValue): Expr {
  return (isPlainObject(probe) ? probeCall(probe) : undefined) ?? json(probe);
}

function probeCall(probe: { readonly [key: string]: JsonValue }): Expr | undefined {
  const fields = setFields(probe);
  const handlers = fields.filter(([key]) => HANDLERS.has(key));
  if (handlers.length !== 1) return undefined;
  const [handlerName, handler] = handlers[0];
  const shape = HANDLERS.get(handlerName)!;
  if (!isPlainObject(handler)) return undefined;
  const timing = fields.filter(([key]) => key !== handlerName);
  if (timing.some(([key]) => !TIMING_FIELDS.includes(key))) return undefined;
  const handlerFields = setFields(handler);
  if (handlerFields.some(([key]) => key !== shape.first && !shape.options.includes(key))) return undefined;
  const first = handlerFields.find(([key]) => key === shape.first);
  if (first === undefined || (handlerName === 'grpc' && typeof first[1] !== 'number')) return undefined;
  const options = objectOf([
    ...handlerFields.filter(([key]) => key !== shape.first).map(([key, value]) => [key, json(value)] as const),
    ...timing.map(([key, value]) => [key, json(value)] as const),
  ]);
  const factory = { kind: 'member', object: symbol('podsmith', 'Probe'), property: shape.factory } as const;
  const candidate = isEmptyObject(options) ? call(factory, json(first[1])) : call(factory, json(first[1]), options);
  return exactly(candidate, (value) => (value as { toJson(): unknown }).toJson(), probe);
}
