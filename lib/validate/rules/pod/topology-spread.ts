import { qualifiedNameProblem } from '../../primitives/fast-names';
import type { PodRule } from '../../rule';
import { arrayAt, child, intAt, recordAt, recordsAt, stringAt } from './access';
import { checkLabelSelector } from './label-checks';
import { specRecord } from './pod-containers';

const ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'];
const POLICIES = ['Honor', 'Ignore'];
const RULE = 'scheduling/topology-spread';

/**
 * Topology spread constraints. Follows `validateTopologySpreadConstraints`: `maxSkew`
 * positive, `topologyKey` required, `whenUnsatisfiable` DoNotSchedule or ScheduleAnyway,
 * no two constraints with the same topologyKey and whenUnsatisfiable, `minDomains`
 * positive and only with DoNotSchedule, node policies Honor or Ignore, a valid
 * `labelSelector`, and `matchLabelKeys` only beside a labelSelector and not repeating its keys.
 */
export const topologySpread: PodRule = {
  id: RULE,
  check(site, ctx) {
    const constraints = recordsAt(specRecord(site.spec), 'topologySpreadConstraints');
    const seen = new Set<string>();
    for (const { index, value: constraint } of constraints) {
      const path = `${child(site.specPath, 'topologySpreadConstraints')}[${index}]`;
      const maxSkew = intAt(constraint, 'maxSkew');
      if (maxSkew !== undefined && maxSkew <= 0) ctx.report({ fieldPath: child(path, 'maxSkew'), message: `maxSkew ${maxSkew} must be greater than zero`, hint: 'use 1 for an even spread' });
      const topologyKey = stringAt(constraint, 'topologyKey');
      if (topologyKey === '') {
        ctx.report({ fieldPath: child(path, 'topologyKey'), message: 'the constraint has no topologyKey', hint: "set topologyKey, e.g. 'topology.kubernetes.io/zone'" });
      }
      const action = stringAt(constraint, 'whenUnsatisfiable');
      if (action !== undefined && !ACTIONS.includes(action)) {
        ctx.report({ fieldPath: child(path, 'whenUnsatisfiable'), message: `whenUnsatisfiable "${action}" is not supported`, hint: 'use DoNotSchedule or ScheduleAnyway' });
      }
      const pair = `${topologyKey ?? ''}\u0000${action ?? ''}`;
      if (topologyKey !== undefined && action !== undefined) {
        if (seen.has(pair)) ctx.report({ fieldPath: path, message: `another constraint already uses topologyKey "${topologyKey}" with ${action}`, hint: 'merge the two constraints' });
        seen.add(pair);
      }
      const minDomains = intAt(constraint, 'minDomains');
      if (minDomains !== undefined) {
        if (minDomains <= 0) ctx.report({ fieldPath: child(path, 'minDomains'), message: `minDomains ${minDomains} must be greater than zero`, hint: 'use 1 or more' });
        if (action !== 'DoNotSchedule') ctx.report({ fieldPath: child(path, 'minDomains'), message: `minDomains needs whenUnsatisfiable DoNotSchedule, not ${action ?? 'unset'}`, hint: 'set whenUnsatisfiable: DoNotSchedule or remove minDomains' });
      }
      for (const field of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
        const policy = stringAt(constraint, field);
        if (policy !== undefined && !POLICIES.includes(policy)) ctx.report({ fieldPath: child(path, field), message: `${field} "${policy}" is not supported`, hint: 'use Honor or Ignore' });
      }
      const selector = recordAt(constraint, 'labelSelector');
      checkLabelSelector(selector, child(path, 'labelSelector'), RULE, ctx);
      const matchLabelKeys = arrayAt(constraint, 'matchLabelKeys') ?? [];
      if (matchLabelKeys.length > 0 && selector === undefined) {
        ctx.report({ fieldPath: child(path, 'matchLabelKeys'), message: 'matchLabelKeys needs a labelSelector', hint: 'add a labelSelector, or remove matchLabelKeys' });
      }
      const selectorKeys = new Set<string>([
        ...Object.keys(recordAt(selector, 'matchLabels') ?? {}),
        ...recordsAt(selector, 'matchExpressions').map((e) => stringAt(e.value, 'key') ?? ''),
      ]);
      matchLabelKeys.forEach((k, i) => {
        if (typeof k !== 'string') return;
        const keyPath = `${child(path, 'matchLabelKeys')}[${i}]`;
        const problem = qualifiedNameProblem(k);
        if (problem !== undefined) ctx.report({ fieldPath: keyPath, message: `label key "${k}" ${problem}`, hint: 'use a label key' });
        else if (selectorKeys.has(k)) ctx.report({ fieldPath: keyPath, message: `"${k}" is in both matchLabelKeys and labelSelector`, hint: 'keep the key in one of them' });
      });
    }
  },
};
