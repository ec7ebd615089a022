import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, child, has, intAt, isRecord, type JsonRecord, presentKeys, recordAt, stringAt } from './access';
import { checkPortNumOrName, isHttpHeaderName } from './handler-port';
import { describeContainer, siteContainers } from './pod-containers';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const NON_NEGATIVE = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];
const SCHEMES = ['HTTP', 'HTTPS'];

/**
 * Liveness, readiness and startup probes. Follows `validateProbe`, `validateHandler`,
 * `validateLivenessProbe`, `validateReadinessProbe`, `validateStartupProbe` and
 * `validateInitContainers`:
 * - an init container may carry probes only as a native sidecar (`restartPolicy: Always`);
 * - exactly one handler: `exec` (with a command), `httpGet`, `tcpSocket` or `grpc`;
 * - handler ports are 1-65535 or IANA names, `httpGet.scheme` is HTTP or HTTPS, header
 *   names are HTTP tokens;
 * - the numeric fields are not negative (0 means the default), `successThreshold` of a
 *   liveness or startup probe is 1, `terminationGracePeriodSeconds` is positive and not
 *   set on a readiness probe.
 * A named port that the container does not declare is reported as a warning.
 */
export const probes: PodRule = {
  id: 'probe/values',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).withInit;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      for (let p = 0; p < PROBES.length; p++) {
        const kind = PROBES[p];
        const probe = recordAt(container.value, kind);
        if (probe === undefined) continue;
        const probePath = child(container.path, kind);
        if (container.kind === 'initContainers' && !container.sidecar) {
          ctx.report({
            ruleId: 'probe/init-container',
            fieldPath: probePath,
            message: `${describeContainer(container)} has a ${kind}, but init containers run to completion`,
            hint: 'remove the probe, or make the init container a native sidecar with restartPolicy: Always (Kubernetes 1.29+)',
          });
          continue;
        }
        checkHandlers(probe, probePath, container.value, ctx);
        checkNumbers(probe, probePath, kind, ctx);
      }
    }
  },
};

function checkHandlers(probe: JsonRecord, probePath: string, container: JsonRecord, ctx: RuleContext): void {
  const present = presentKeys(probe, PROBE_HANDLERS);
  if (present.length === 0) {
    ctx.report({ ruleId: 'probe/handler', fieldPath: probePath, message: 'the probe has no handler', hint: 'set exactly one of exec, httpGet, tcpSocket or grpc' });
    return;
  }
  for (let i = 1; i < present.length; i++) {
    const extra = present[i];
    ctx.report({ ruleId: 'probe/handler', fieldPath: child(probePath, extra), message: `the probe sets ${present[0]} and ${extra}, but may only have one handler`, hint: `keep one handler; remove ${extra}` });
  }
  const handler = present[0];
  const body = recordAt(probe, handler);
  if (body === undefined) return;
  const handlerPath = child(probePath, handler);
  checkHandlerBody(handler, body, handlerPath, ctx, container);
}

/** Checks the body of one handler (shared with lifecycle hooks). */
export function checkHandlerBody(handler: string, body: JsonRecord, handlerPath: string, ctx: RuleContext, container: JsonRecord): void {
  if (handler === 'exec') {
    const command = arrayAt(body, 'command');
    if (!has(body, 'command') || (command !== undefined && command.length === 0)) {
      ctx.report({ ruleId: 'probe/exec-command', fieldPath: child(handlerPath, 'command'), message: 'exec has no command', hint: "set command, e.g. ['cat', '/tmp/healthy']" });
    }
    return;
  }
  if (handler === 'httpGet' || handler === 'tcpSocket' || handler === 'grpc') {
    const port = body.port;
    if (port === undefined || port === null) {
      return; // missing: the schema layer reports the required field
    } else if (handler === 'grpc' && typeof port === 'string') {
      return; // grpc.port is an integer: the schema layer reports a string
    } else {
      const problem = checkPortNumOrName(port);
      if (problem !== undefined) {
        ctx.report({ ruleId: 'probe/port', fieldPath: child(handlerPath, 'port'), message: problem, hint: 'use a port number from 1 to 65535 or the name of a declared container port' });
      } else if (typeof port === 'string' && !declaresPortName(container, port)) {
        ctx.report({
          ruleId: 'probe/named-port',
          severity: 'warning',
          fieldPath: child(handlerPath, 'port'),
          message: `port name "${port}" is not declared by this container`,
          hint: `add a port named "${port}" to the container's ports, or use the port number`,
        });
      }
    }
  }
  if (handler === 'httpGet') {
    const scheme = stringAt(body, 'scheme');
    if (scheme !== undefined && scheme !== '' && !SCHEMES.includes(scheme)) {
      ctx.report({ ruleId: 'probe/scheme', fieldPath: child(handlerPath, 'scheme'), message: `scheme "${scheme}" is not supported`, hint: 'use HTTP or HTTPS (upper case); HTTP is the default' });
    }
    const headers = arrayAt(body, 'httpHeaders') ?? [];
    for (let index = 0; index < headers.length; index++) {
      const header = headers[index];
      if (!isRecord(header)) continue;
      const name = stringAt(header, 'name');
      if (name !== undefined && !isHttpHeaderName(name)) {
        ctx.report({ ruleId: 'probe/http-header', fieldPath: child(handlerPath, 'httpHeaders'), message: `httpHeaders[${index}] name "${name}" is not a valid HTTP header name`, hint: "use letters, digits and '-', e.g. 'X-Probe'" });
      }
    }
  }
}

function declaresPortName(container: JsonRecord, name: string): boolean {
  const ports = arrayAt(container, 'ports') ?? [];
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i];
    if (isRecord(port) && stringAt(port, 'name') === name) return true;
  }
  return false;
}

function checkNumbers(probe: JsonRecord, probePath: string, kind: string, ctx: RuleContext): void {
  for (let i = 0; i < NON_NEGATIVE.length; i++) {
    const field = NON_NEGATIVE[i];
    const value = intAt(probe, field);
    if (value !== undefined && value < 0) {
      ctx.report({ ruleId: 'probe/negative', fieldPath: child(probePath, field), message: `${field} must not be negative (got ${value})`, hint: `set ${field} to 0 or more, or leave it out for the default` });
    }
  }
  const success = intAt(probe, 'successThreshold');
  // 0 is defaulted to 1; a negative value is also not 1 (validateLivenessProbe reports both).
  if ((kind === 'livenessProbe' || kind === 'startupProbe') && success !== undefined && success !== 0 && success !== 1) {
    const id = kind === 'livenessProbe' ? 'probe/liveness-success-threshold' : 'probe/startup-success-threshold';
    ctx.report({ ruleId: id, fieldPath: child(probePath, 'successThreshold'), message: `must be 1 for a ${kind === 'livenessProbe' ? 'liveness' : 'startup'} probe (got ${success})`, hint: 'set successThreshold to 1 or leave it out' });
  }
  const grace = intAt(probe, 'terminationGracePeriodSeconds');
  if (grace === undefined) return;
  if (kind === 'readinessProbe') {
    ctx.report({ ruleId: 'probe/termination-grace-period', fieldPath: child(probePath, 'terminationGracePeriodSeconds'), message: 'terminationGracePeriodSeconds must not be set on a readiness probe', hint: 'remove it: a failing readiness probe does not restart the container' });
  }
  // validateProbe checks the value for every probe, a readiness probe's too.
  if (grace <= 0) {
    ctx.report({ ruleId: 'probe/termination-grace-period', fieldPath: child(probePath, 'terminationGracePeriodSeconds'), message: `terminationGracePeriodSeconds must be greater than 0 (got ${grace})`, hint: 'set a positive number of seconds, or leave it out to use the pod\'s value' });
  }
}
