/**
 * Short, kubectl-like summaries of a probe and of a volume source, and text made safe for a
 * terminal (control characters from the input are shown as escapes, never sent).
 */
import { get, getArray, getObject, getString, isObject, type JsonObject } from '../validate/primitives/access';
import { scalarText } from './pod-facts';

/** `text` with control and bidirectional formatting characters shown as escapes, so input cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const TIMING: readonly (readonly [string, string, string])[] = [
  ['initialDelaySeconds', 'delay', '0'],
  ['timeoutSeconds', 'timeout', '1'],
  ['periodSeconds', 'period', '10'],
  ['successThreshold', '#success', '1'],
  ['failureThreshold', '#failure', '3'],
];

/** A probe as kubectl describes it: `http-get http://:80/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function probeSummary(probe: JsonObject): string {
  let handler = 'no handler';
  const httpGet = getObject(probe, 'httpGet');
  const tcpSocket = getObject(probe, 'tcpSocket');
  const exec = getObject(probe, 'exec');
  const grpc = getObject(probe, 'grpc');
  if (httpGet) {
    const scheme = (getString(httpGet, 'scheme') ?? 'HTTP').toLowerCase();
    handler = `http-get ${scheme}://${getString(httpGet, 'host') ?? ''}:${scalarText(get(httpGet, 'port')) ?? '?'}${getString(httpGet, 'path') ?? '/'}`;
  } else if (tcpSocket) {
    handler = `tcp-socket ${getString(tcpSocket, 'host') ?? ''}:${scalarText(get(tcpSocket, 'port')) ?? '?'}`;
  } else if (exec) {
    handler = `exec [${(getArray(exec, 'command') ?? []).map((c) => scalarText(c) ?? '?').join(' ')}]`;
  } else if (grpc) {
    const service = getString(grpc, 'service');
    handler = `grpc <pod>:${scalarText(get(grpc, 'port')) ?? '?'}${service ? ` ${service}` : ''}`;
  }
  const timing = TIMING.map(([field, label, fallback]) => `${label}=${scalarText(get(probe, field)) ?? fallback}${label.startsWith('#') ? '' : 's'}`);
  return `${handler} ${timing.join(' ')}`;
}

const VOLUME_TYPES: Readonly<Record<string, string>> = {
  emptyDir: 'EmptyDir (a directory that lives as long as the pod)',
  configMap: 'ConfigMap (its keys as files)',
  secret: 'Secret (its keys as files)',
  hostPath: "HostPath (a path on the node's file system)",
  persistentVolumeClaim: 'PersistentVolumeClaim (storage claimed in the namespace)',
  projected: 'Projected (several sources in one directory)',
  downwardAPI: 'DownwardAPI (fields of the pod as files)',
  ephemeral: 'Ephemeral (a claim created with the pod)',
  undeclared: 'not declared in the pod (a volume claim template, or a mistake)',
};

/** A volume's type in words. */
export function volumeType(type: string): string {
  return Object.prototype.hasOwnProperty.call(VOLUME_TYPES, type) ? VOLUME_TYPES[type] : type;
}

/** The settings of a volume source worth showing, e.g. `name=web-config` for a ConfigMap, `path=/srv` for a hostPath. */
export function volumeDetails(source: JsonObject): string[] {
  return Object.keys(source).flatMap((key) => {
    const value = source[key];
    if (scalarText(value) !== undefined) return [`${key}=${scalarText(value)}`];
    if (Array.isArray(value)) return [`${key}: ${value.length} item${value.length === 1 ? '' : 's'}`];
    if (isObject(value)) return [`${key}: {${Object.keys(value).join(', ')}}`];
    return [];
  });
}
