import { labelValueProblem, qualifiedNameProblem } from '../../primitives/fast-names';
import type { PodRule, RuleContext } from '../../rule';
import { child, has, type JsonRecord, recordsAt, stringAt } from './access';
import { specRecord } from './pod-containers';

const RULE = 'scheduling/tolerations';
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** One toleration to check: its place in its list and the object. */
export interface TolerationEntry {
  /** Position in the list. */
  readonly index: number;
  /** The toleration object. */
  readonly value: JsonRecord;
}

/**
 * Checks a list of tolerations (`ValidateTolerations`): a key is a qualified name; an empty
 * key needs operator Exists; operator Equal (the default) needs a label value, Exists no
 * value; `tolerationSeconds` only with effect NoExecute; effect NoSchedule,
 * PreferNoSchedule or NoExecute when set. `listPath` is the path of the list; findings
 * carry `ruleId`.
 */
export function checkTolerations(entries: readonly TolerationEntry[], listPath: string, ruleId: string, ctx: RuleContext): void {
  for (const { index, value: toleration } of entries) {
    const path = `${listPath}[${index}]`;
    const name = stringAt(toleration, 'key') ?? '';
    const operator = stringAt(toleration, 'operator') ?? '';
    const value = stringAt(toleration, 'value') ?? '';
    const effect = stringAt(toleration, 'effect') ?? '';
    if (name !== '') {
      const problem = qualifiedNameProblem(name);
      if (problem !== undefined) ctx.report({ ruleId, fieldPath: child(path, 'key'), message: `toleration key "${name}" ${problem}`, hint: "use a taint key such as 'node-role.kubernetes.io/control-plane'" });
    } else if (operator !== 'Exists') {
      ctx.report({ ruleId, fieldPath: child(path, 'operator'), message: 'a toleration without key must use operator Exists (it then matches every taint)', hint: 'set key, or set operator: Exists' });
    }
    if (has(toleration, 'tolerationSeconds') && effect !== 'NoExecute') {
      ctx.report({ ruleId, fieldPath: child(path, 'effect'), message: 'tolerationSeconds is only allowed with effect NoExecute', hint: 'set effect: NoExecute, or remove tolerationSeconds' });
    }
    if (operator === '' || operator === 'Equal') {
      const problem = labelValueProblem(value);
      if (problem !== undefined) ctx.report({ ruleId, fieldPath: child(path, 'operator'), message: `toleration value "${value}" ${problem}`, hint: 'use a valid label value' });
    } else if (operator === 'Exists') {
      if (value !== '') ctx.report({ ruleId, fieldPath: child(path, 'operator'), message: 'value must be empty when operator is Exists', hint: 'remove value, or use operator Equal' });
    } else {
      ctx.report({ ruleId, fieldPath: child(path, 'operator'), message: `operator "${operator}" is not supported`, hint: 'use Equal or Exists' });
    }
    if (effect !== '' && !EFFECTS.includes(effect)) {
      ctx.report({ ruleId, fieldPath: child(path, 'effect'), message: `effect "${effect}" is not supported`, hint: 'use NoSchedule, PreferNoSchedule or NoExecute, or leave it empty to match every effect' });
    }
  }
}

/** Tolerations of the pod spec, checked by {@link checkTolerations} (`ValidateTolerations`). */
export const tolerations: PodRule = {
  id: RULE,
  check(site, ctx) {
    checkTolerations(recordsAt(specRecord(site.spec), 'tolerations'), child(site.specPath, 'tolerations'), RULE, ctx);
  },
};
