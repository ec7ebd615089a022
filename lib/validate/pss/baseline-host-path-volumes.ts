import { child, has, recordsAt, stringAt } from '../rules/pod/access';
import { pssCheck } from './pss-support';

/** Baseline: no hostPath volumes (`hostPathVolumes`). */
export const baselineHostPathVolumes = pssCheck('pss/baseline-host-path-volumes', (view, ctx) => {
  for (const { index, value: volume } of recordsAt(view.spec, 'volumes')) {
    if (!has(volume, 'hostPath')) continue;
    const fieldPath = child(`${child(view.specPath, 'volumes')}[${index}]`, 'hostPath');
    ctx.report({ fieldPath, message: `volume "${stringAt(volume, 'name') ?? index}" is a hostPath volume; the baseline profile forbids them`, hint: `replace ${fieldPath} with an emptyDir, configMap, secret or persistentVolumeClaim source` });
  }
});
