import type { PodRule } from '../../rule';
import { child, recordAt } from './access';
import { checkLabelMap } from './label-checks';
import { specRecord } from './pod-containers';

/** `nodeSelector` keys are qualified names and values label values (`ValidateLabels` in `ValidatePodSpec`). */
export const nodeSelector: PodRule = {
  id: 'scheduling/node-selector',
  check(site, ctx) {
    checkLabelMap(recordAt(specRecord(site.spec), 'nodeSelector'), child(site.specPath, 'nodeSelector'), 'scheduling/node-selector', ctx);
  },
};
