/**
 * `metadata/name-dns-label` (warning): the API server warns when a Pod or a workload
 * that creates pods has a name that is a valid subdomain but not a DNS label (e.g. with
 * a '.'), because pod host names are DNS labels.
 */
import { childPath } from '../../field-path';
import { getObject, getString } from '../../primitives/access';
import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { ObjectRule } from '../../rule';

/** Follows the API server's workload name warnings (pkg/api/pod and workload warnings, "a DNS label is recommended"). */
export const metadataNameDnsLabel: ObjectRule = {
  id: 'metadata/name-dns-label',
  kinds: ['Pod', 'ReplicaSet', 'Deployment', 'Job', 'CronJob', 'ReplicationController'],
  check(object, ctx) {
    const name = getString(getObject(object, 'metadata'), 'name');
    if (name === undefined || name === '' || checkDns1123Subdomain(name) !== undefined) return;
    const problem = checkDns1123Label(name);
    if (problem === undefined) return;
    ctx.report({
      severity: 'warning',
      fieldPath: childPath('metadata', 'name'),
      message: `${JSON.stringify(name)} is accepted, but a DNS label is recommended: it ${problem}`,
      hint: "pod host names are DNS labels; use lower-case letters, digits and '-' only, at most 63 characters",
    });
  },
};
