import { PodsmithUsageError } from './errors';
import { omitUndefined } from './internal/omit-undefined';
import type * as k8s from './k8s/types.generated';

/** When and how often a probe runs, and how many results flip its state. Kubernetes names and meanings. */
export interface ProbeTiming {
  /** Seconds after the container started before the first probe. @default the API's default (0) */
  readonly initialDelaySeconds?: number;
  /** Seconds between probes. @default the API's default (10) */
  readonly periodSeconds?: number;
  /** Seconds after which a probe times out. @default the API's default (1) */
  readonly timeoutSeconds?: number;
  /** Consecutive successes to count as passing after a failure; must be 1 for liveness and startup probes. @default the API's default (1) */
  readonly successThreshold?: number;
  /** Consecutive failures to count as failing. @default the API's default (3) */
  readonly failureThreshold?: number;
  /** Grace period in seconds when the probe fails and the container is killed; overrides the pod's. @default the pod's terminationGracePeriodSeconds */
  readonly terminationGracePeriodSeconds?: number;
}

/** Options of an HTTP GET probe. */
export interface HttpGetProbeOptions extends ProbeTiming {
  /** Path to request, e.g. `/healthz`. @default not set (the API requests `/`) */
  readonly path?: string;
  /** Host to connect to. @default not set (the pod IP) */
  readonly host?: string;
  /** `HTTP` or `HTTPS`. @default not set (the API uses HTTP) */
  readonly scheme?: 'HTTP' | 'HTTPS';
  /** Extra request headers. @default none */
  readonly httpHeaders?: readonly k8s.HTTPHeader[];
}

/** Options of a TCP socket probe. */
export interface TcpSocketProbeOptions extends ProbeTiming {
  /** Host to connect to. @default not set (the pod IP) */
  readonly host?: string;
}

/** Options of a gRPC health probe. */
export interface GrpcProbeOptions extends ProbeTiming {
  /** Service name sent in the gRPC HealthCheckRequest. @default not set (the server's overall health) */
  readonly service?: string;
}

const TIMING_FIELDS: readonly (keyof ProbeTiming)[] = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
  'terminationGracePeriodSeconds',
];

/**
 * A container probe (liveness, readiness or startup) as a value object: one handler and
 * its timing. Usable as `livenessProbe`, `readinessProbe` and `startupProbe`; a raw
 * Kubernetes probe object is accepted there too.
 *
 * @example
 * Probe.exec(['ls', '/tmp/healthy'], { initialDelaySeconds: 10, periodSeconds: 5, failureThreshold: 2 })
 */
export class Probe {
  /** Probe with an HTTP GET request to `port` (a number or a container port name). */
  public static httpGet(port: number | string, options: HttpGetProbeOptions = {}): Probe {
    const call = 'Probe.httpGet';
    checkPort(call, port);
    const { path, host, scheme, httpHeaders } = options;
    return new Probe(call, { httpGet: omitUndefined({ path, port, host, scheme, httpHeaders: httpHeaders && [...httpHeaders] }) }, options);
  }

  /** Probe with a TCP connection to `port` (a number or a container port name). */
  public static tcpSocket(port: number | string, options: TcpSocketProbeOptions = {}): Probe {
    const call = 'Probe.tcpSocket';
    checkPort(call, port);
    return new Probe(call, { tcpSocket: omitUndefined({ port, host: options.host }) }, options);
  }

  /** Probe that runs `command` in the container; exit code 0 passes. */
  public static exec(command: readonly string[], options: ProbeTiming = {}): Probe {
    const call = 'Probe.exec';
    if (command.length === 0) throw new PodsmithUsageError(call, 'command', 'must hold at least one element (the program to run)');
    return new Probe(call, { exec: { command: [...command] } }, options);
  }

  /** Probe with a gRPC health check to `port` (a number: gRPC probes do not take port names). */
  public static grpc(port: number, options: GrpcProbeOptions = {}): Probe {
    const call = 'Probe.grpc';
    checkPort(call, port);
    return new Probe(call, { grpc: omitUndefined({ port, service: options.service }) }, options);
  }

  private readonly json: k8s.Probe;

  private constructor(call: string, handler: k8s.Probe, timing: ProbeTiming) {
    const fields: Record<string, number> = {};
    for (const field of TIMING_FIELDS) {
      const value = timing[field];
      if (value === undefined) continue;
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new PodsmithUsageError(call, field, `must be a non-negative whole number of seconds or a count (got ${value})`);
      }
      fields[field] = value;
    }
    this.json = { ...handler, ...fields };
  }

  /** The probe in the Kubernetes API's form. */
  public toJson(): k8s.Probe {
    return this.json;
  }
}

function checkPort(call: string, port: number | string): void {
  if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new PodsmithUsageError(call, 'port', `must be a port number from 1 to 65535 or a port name (got ${port})`);
    }
  } else if (port.length === 0) {
    throw new PodsmithUsageError(call, 'port', 'must be a port number or a non-empty port name');
  }
}
