import { checkDns1123Subdomain } from '../../primitives/names';
import type { PodSite, RuleContext } from '../../rule';
import { asRecord, child, has, recordAt, recordsAt, stringAt } from './access';
import { specRecord } from './pod-containers';

/**
 * Checks the names of the claims a Pod's ephemeral volumes create (`ValidateVolumes`,
 * `validateVolumeSource`): `<pod name>-<volume name>` must be a valid claim name, and no
 * persistentVolumeClaim volume may mount one of those claims. Only for a pod with a name
 * (a template's pods get theirs later).
 */
export function checkEphemeralClaimNames(site: PodSite, ctx: RuleContext): void {
  const podName = stringAt(asRecord(site.metadata), 'name') ?? '';
  if (podName === '') return;
  const volumes = recordsAt(specRecord(site.spec), 'volumes');
  const created = new Set<string>();
  for (const { value: volume } of volumes) {
    const name = stringAt(volume, 'name') ?? '';
    if (name !== '' && has(volume, 'ephemeral')) created.add(`${podName}-${name}`);
  }
  if (created.size === 0) return;
  const volumesPath = child(site.specPath, 'volumes');
  for (const { index, value: volume } of volumes) {
    const name = stringAt(volume, 'name') ?? '';
    if (name !== '' && has(volume, 'ephemeral')) {
      const problem = checkDns1123Subdomain(`${podName}-${name}`);
      if (problem !== undefined) ctx.report({ ruleId: 'volume/source', fieldPath: child(`${volumesPath}[${index}]`, 'name'), message: `the claim name "${podName}-${name}" of this ephemeral volume ${problem}`, hint: 'shorten the pod or volume name' });
    }
    const claim = stringAt(recordAt(volume, 'persistentVolumeClaim'), 'claimName');
    if (claim !== undefined && created.has(claim)) {
      ctx.report({ ruleId: 'volume/source', fieldPath: child(child(`${volumesPath}[${index}]`, 'persistentVolumeClaim'), 'claimName'), message: `claim "${claim}" is the one an ephemeral volume of this pod creates`, hint: 'mount the ephemeral volume itself' });
    }
  }
}
