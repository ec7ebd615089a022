import { child, intAt, recordsAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { pssCheck } from './pss-support';

/** Baseline: no host ports (`hostPorts`). */
export const baselineHostPorts = pssCheck('pss/baseline-host-ports', (view, ctx) => {
  for (const container of view.containers) {
    for (const { index, value: port } of recordsAt(container.value, 'ports')) {
      const hostPort = intAt(port, 'hostPort');
      if (hostPort === undefined || hostPort === 0) continue;
      const fieldPath = child(`${child(container.path, 'ports')}[${index}]`, 'hostPort');
      ctx.report({ fieldPath, message: `${describeContainer(container)} uses hostPort ${hostPort}; the baseline profile forbids host ports`, hint: `remove ${fieldPath} and expose the port with a Service` });
    }
  }
});
