/**
 * Helpers read back as podsmith's ready-made patterns when their arguments and ports are
 * exactly what the pattern writes: a socat proxy as a `RedisAmbassador` (which also hands the
 * main container its address, as the last entry of its env), an nginx exporter as a
 * `PrometheusExporter`. Anything else about the helper stays in its props.
 */
import { NGINX_EXPORTER_IMAGE } from '../../../patterns/prometheus-exporter';
import { SOCAT_IMAGE } from '../../../patterns/redis-ambassador';
import { isPlainObject, json, object, type Expr, type JsonValue, type ObjectEntry } from '../code-model';
import { containerEntries } from '../container-expr';
import { sameData } from '../exact';
import { setKeys, without, type JsonRecord } from '../json-record';
import { wiringEntries, type PatternWiringProps } from './sidecar-props';

/** A helper recognized as a ready-made pattern. */
export interface ReadyMadeMatch {
  /** The pattern's class in podsmith/patterns. */
  readonly className: 'RedisAmbassador' | 'PrometheusExporter';
  /** Whether the pattern hands the main container the last entry of its env (which the pod then leaves out). */
  readonly handsMainEnv: boolean;
  /** The pattern's props for the helper, with the wiring props (main container, placement). */
  props(wiring: PatternWiringProps): Expr;
}

/** The helper's ports without the last one (the one the pattern declares), when that one is `expected`. */
function portsBefore(helper: JsonRecord, expected: JsonRecord): JsonValue[] | undefined {
  const ports = helper.ports;
  if (!Array.isArray(ports) || ports.length === 0 || !sameData(expected, ports[ports.length - 1])) return undefined;
  return (ports as readonly JsonValue[]).slice(0, -1);
}

function ownFields(helper: JsonRecord, ports: JsonValue[], omit: readonly string[]): ObjectEntry[] {
  const rest = without(helper, ['name', 'image', 'args', 'ports', 'restartPolicy', ...omit]);
  return [...containerEntries(rest), ...(ports.length > 0 ? [{ key: 'ports', value: json(ports) }] : [])];
}

function option(entries: ObjectEntry[], key: string, value: JsonValue, fallback: JsonValue): void {
  if (value !== fallback) entries.push({ key, value: json(value) });
}

/** A socat helper bound to 127.0.0.1 that the main container reaches through the last entry of its env. */
function matchRedisAmbassador(helper: JsonRecord, main: JsonRecord): ReadyMadeMatch | undefined {
  const args = helper.args;
  if (!Array.isArray(args) || args.length !== 2 || typeof args[0] !== 'string' || typeof args[1] !== 'string') return undefined;
  const listen = /^TCP-LISTEN:(\d{1,5}),fork,reuseaddr,bind=127\.0\.0\.1$/.exec(args[0]);
  const upstream = /^TCP:([^\s:]+:\d+)$/.exec(args[1]);
  if (listen === null || upstream === null || String(Number(listen[1])) !== listen[1]) return undefined;
  const port = Number(listen[1]);
  const ports = portsBefore(helper, { containerPort: port });
  const env = main.env;
  const handed = Array.isArray(env) && env.length > 0 ? env[env.length - 1] : undefined;
  if (ports === undefined || !isPlainObject(handed) || setKeys(handed).length !== 2 || typeof handed.name !== 'string' || typeof handed.value !== 'string') return undefined;
  if (!handed.value.endsWith(`:${port}`)) return undefined;
  const host = handed.value.slice(0, -`:${port}`.length);
  if (host.trim() === '' || handed.name.trim() === '') return undefined;
  return {
    className: 'RedisAmbassador',
    handsMainEnv: true,
    props: (wiring) => {
      const entries: ObjectEntry[] = [{ key: 'upstream', value: json(upstream[1]) }];
      option(entries, 'listen', port, 6379);
      option(entries, 'image', helper.image ?? null, SOCAT_IMAGE);
      option(entries, 'addressEnv', handed.name as string, 'REDIS_ADDR');
      option(entries, 'addressHost', host, '127.0.0.1');
      return object([...entries, ...wiringEntries(wiring), ...ownFields(helper, ports, [])]);
    },
  };
}

/** An nginx-prometheus-exporter helper reading the main container's stub_status on localhost. */
function matchPrometheusExporter(helper: JsonRecord): ReadyMadeMatch | undefined {
  const args = helper.args;
  if (!Array.isArray(args) || args.length < 1 || args.length > 2 || !args.every((a) => typeof a === 'string')) return undefined;
  const source = /^--nginx\.scrape-uri=http:\/\/localhost:(\d{1,5})(\/.*)$/.exec(args[0] as string);
  if (source === null || String(Number(source[1])) !== source[1]) return undefined;
  const listen = args.length === 2 ? /^--web\.listen-address=:(\d{1,5})$/.exec(args[1] as string) : null;
  if (args.length === 2 && (listen === null || Number(listen[1]) === 9113)) return undefined;
  const port = listen === null ? 9113 : Number(listen[1]);
  const declared = Array.isArray(helper.ports) ? helper.ports[helper.ports.length - 1] : undefined;
  const portName = isPlainObject(declared) && typeof declared.name === 'string' ? declared.name : undefined;
  const ports = portName === undefined ? undefined : portsBefore(helper, { name: portName, containerPort: port });
  if (ports === undefined) return undefined;
  return {
    className: 'PrometheusExporter',
    handsMainEnv: false,
    props: (wiring) => {
      const entries: ObjectEntry[] = [];
      option(entries, 'statusPort', Number(source[1]), 8080);
      option(entries, 'statusPath', source[2], '/stub_status');
      option(entries, 'port', port, 9113);
      option(entries, 'portName', portName!, 'metrics');
      option(entries, 'image', helper.image ?? null, NGINX_EXPORTER_IMAGE);
      return object([...entries, ...wiringEntries(wiring), ...ownFields(helper, ports, [])]);
    },
  };
}

/** The ready-made pattern a helper is, serving `main`, if any. */
export function matchReadyMade(helper: JsonRecord, main: JsonRecord): ReadyMadeMatch | undefined {
  return matchRedisAmbassador(helper, main) ?? matchPrometheusExporter(helper);
}
