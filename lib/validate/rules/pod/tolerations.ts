import { labelValueProblem, qualifiedNameProblem } from '../../primitives/fast-names';
import type { PodRule } from '../../rule';
import { child, has, recordsAt, stringAt } from './access';
import { specRecord } from './pod-containers';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * Tolerations. Follows `ValidateTolerations`: a key is a qualified name; an empty key needs
 * operator Exists; operator Equal (the default) needs a label value, Exists no value;
 * `tolerationSeconds` only with effect NoExecute; effect NoSchedule, PreferNoSchedule or
 * NoExecute when set.
 */
export const tolerations: PodRule = {
  id: 'scheduling/tolerations',
  check(site, ctx) {
    for (const { index, value: toleration } of recordsAt(specRecord(site.spec), 'tolerations')) {
      const path = `${child(site.specPath, 'tolerations')}[${index}]`;
      const name = stringAt(toleration, 'key') ?? '';
      const operator = stringAt(toleration, 'operator') ?? '';
      const value = stringAt(toleration, 'value') ?? '';
      const effect = stringAt(toleration, 'effect') ?? '';
      if (name !== '') {
        const problem = qualifiedNameProblem(name);
        if (problem !== undefined) ctx.report({ fieldPath: child(path, 'key'), message: `toleration key "${name}" ${problem}`, hint: "use a taint key such as 'node-role.kubernetes.io/control-plane'" });
      } else if (operator !== 'Exists') {
        ctx.report({ fieldPath: child(path, 'operator'), message: 'a toleration without key must use operator Exists (it then matches every taint)', hint: 'set key, or set operator: Exists' });
      }
      if (has(toleration, 'tolerationSeconds') && effect !== 'NoExecute') {
        ctx.report({ fieldPath: child(path, 'effect'), message: 'tolerationSeconds is only allowed with effect NoExecute', hint: 'set effect: NoExecute, or remove tolerationSeconds' });
      }
      if (operator === '' || operator === 'Equal') {
        const problem = labelValueProblem(value);
        if (problem !== undefined) ctx.report({ fieldPath: child(path, 'operator'), message: `toleration value "${value}" ${problem}`, hint: 'use a valid label value' });
      } else if (operator === 'Exists') {
        if (value !== '') ctx.report({ fieldPath: child(path, 'operator'), message: 'value must be empty when operator is Exists', hint: 'remove value, or use operator Equal' });
      } else {
        ctx.report({ fieldPath: child(path, 'operator'), message: `operator "${operator}" is not supported`, hint: 'use Equal or Exists' });
      }
      if (effect !== '' && !EFFECTS.includes(effect)) {
        ctx.report({ fieldPath: child(path, 'effect'), message: `effect "${effect}" is not supported`, hint: 'use NoSchedule, PreferNoSchedule or NoExecute, or leave it empty to match every effect' });
      }
    }
  },
};
