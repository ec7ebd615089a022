/**
 * `statefulset/service-name`: the governing Service's name becomes the pods'
 * subdomain, a DNS-1123 label. Kubernetes 1.33 and later reject other names; earlier
 * versions accept them but can never create the pods (a warning).
 */
import { getObject, getString } from '../../primitives/access';
import { checkDns1123Label } from '../../primitives/names';
import type { ObjectRule } from '../../rule';

/** First minor version that validates serviceName. */
export const SERVICE_NAME_VALIDATED_SINCE = 33;

/** Follows apps ValidateStatefulSetSpec (serviceName, from Kubernetes 1.33). */
export const statefulSetServiceName: ObjectRule = {
  id: 'statefulset/service-name',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const name = getString(getObject(object, 'spec'), 'serviceName');
    if (name === undefined || name === '') return;
    const problem = checkDns1123Label(name);
    if (problem === undefined) return;
    const enforced = ctx.minor >= SERVICE_NAME_VALIDATED_SINCE;
    ctx.report({
      severity: enforced ? 'error' : 'warning',
      fieldPath: 'spec.serviceName',
      message: `serviceName ${JSON.stringify(name)} is not a DNS-1123 label: it ${problem}${enforced ? '' : '; the pods of this StatefulSet could not be created'}`,
      hint: "name the governing Service with lower-case letters, digits and '-', e.g. 'db'",
    });
  },
};
