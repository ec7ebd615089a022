import type { RuleContext } from '../rule';
import { child, type JsonRecord, recordAt, stringAt } from '../rules/pod/access';
import { describeContainer, type PodContainer } from '../rules/pod/pod-containers';
import { pssCheck } from './pss-support';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HOOKS = ['postStart', 'preStop'];
const HANDLERS = ['httpGet', 'tcpSocket'];

/** First policy version with this check. */
export const HOST_PROBES_MINOR = 34;

/**
 * Baseline from 1.34: probes and lifecycle hooks may not target another host
 * (`hostProbesAndHostLifecycle`): `httpGet.host` and `tcpSocket.host` empty.
 */
export const baselineHostProbes = pssCheck('pss/baseline-host-probes', (view, ctx) => {
  if (view.minor < HOST_PROBES_MINOR) return;
  for (const container of view.containers) {
    for (const probe of PROBES) checkHandler(container, recordAt(container.value, probe), probe, ctx);
    const lifecycle = recordAt(container.value, 'lifecycle');
    if (lifecycle === undefined) continue;
    for (const hook of HOOKS) checkHandler(container, recordAt(lifecycle, hook), `lifecycle.${hook}`, ctx);
  }
});

/** Reports the handlers of one probe or hook (`where`, e.g. `lifecycle.preStop`) that name a host. */
function checkHandler(container: PodContainer, handler: JsonRecord | undefined, where: string, ctx: RuleContext): void {
  if (handler === undefined) return;
  for (const kind of HANDLERS) {
    const host = stringAt(recordAt(handler, kind), 'host');
    if (host === undefined || host === '') continue;
    const fieldPath = `${child(container.path, where)}.${kind}.host`;
    ctx.report({ fieldPath, message: `${describeContainer(container)} points its ${where} at host "${host}"; the baseline profile forbids it`, hint: `remove ${fieldPath}; probes and hooks target the pod itself` });
  }
}
