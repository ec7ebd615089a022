import { child, recordAt, stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { pssCheck } from './pss-support';

/** First policy version with this check. */
export const HOST_PROBES_MINOR = 34;

/**
 * Baseline from 1.34: probes and lifecycle hooks may not target another host
 * (`hostProbesAndHostLifecycle`): `httpGet.host` and `tcpSocket.host` empty.
 */
export const baselineHostProbes = pssCheck('pss/baseline-host-probes', (view, ctx) => {
  if (view.minor < HOST_PROBES_MINOR) return;
  for (const container of view.containers) {
    const handlers: Array<[string, string]> = [];
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) handlers.push([probe, child(container.path, probe)]);
    for (const hook of ['postStart', 'preStop']) handlers.push([`lifecycle.${hook}`, child(child(container.path, 'lifecycle'), hook)]);
    for (const [where, path] of handlers) {
      const handler = where.startsWith('lifecycle.') ? recordAt(recordAt(container.value, 'lifecycle'), where.slice('lifecycle.'.length)) : recordAt(container.value, where);
      for (const kind of ['httpGet', 'tcpSocket']) {
        const host = stringAt(recordAt(handler, kind), 'host');
        if (host === undefined || host === '') continue;
        const fieldPath = child(child(path, kind), 'host');
        ctx.report({ fieldPath, message: `${describeContainer(container)} points its ${where} at host "${host}"; the baseline profile forbids it`, hint: `remove ${fieldPath}; probes and hooks target the pod itself` });
      }
    }
  }
});
