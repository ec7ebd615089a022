import { labelValueProblem, qualifiedNameProblem } from '../../primitives/fast-names';
import type { RuleContext } from '../../rule';
import { arrayAt, child, type JsonRecord, key, recordAt, recordsAt, stringAt } from './access';

/** Reports every invalid key or value of a label map (`ValidateLabels`). */
export function checkLabelMap(labels: JsonRecord | undefined, path: string, ruleId: string, ctx: RuleContext): void {
  if (labels === undefined) return;
  for (const name of Object.keys(labels)) {
    const keyProblem = qualifiedNameProblem(name);
    if (keyProblem !== undefined) ctx.report({ ruleId, fieldPath: key(path, name), message: `label key "${name}" ${keyProblem}`, hint: "use a key such as 'app' or 'example.com/tier'" });
    const value = labels[name];
    if (typeof value !== 'string') continue;
    const valueProblem = labelValueProblem(value);
    if (valueProblem !== undefined) ctx.report({ ruleId, fieldPath: key(path, name), message: `label value "${value}" ${valueProblem}`, hint: 'use at most 63 letters, digits, -, _ and ., starting and ending with a letter or digit' });
  }
}

const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Reports problems of a label selector (`ValidateLabelSelector`): matchLabels and matchExpressions. */
export function checkLabelSelector(selector: JsonRecord | undefined, path: string, ruleId: string, ctx: RuleContext): void {
  if (selector === undefined) return;
  checkLabelMap(recordAt(selector, 'matchLabels'), child(path, 'matchLabels'), ruleId, ctx);
  for (const { index, value: expression } of recordsAt(selector, 'matchExpressions')) {
    const exprPath = `${child(path, 'matchExpressions')}[${index}]`;
    const operator = stringAt(expression, 'operator');
    const values = arrayAt(expression, 'values') ?? [];
    if (operator !== undefined) {
      if (!SELECTOR_OPERATORS.includes(operator)) {
        ctx.report({ ruleId, fieldPath: child(exprPath, 'operator'), message: `operator "${operator}" is not a valid label selector operator`, hint: 'use In, NotIn, Exists or DoesNotExist' });
      } else if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
        ctx.report({ ruleId, fieldPath: child(exprPath, 'values'), message: `operator ${operator} needs at least one value`, hint: 'list the values to match' });
      } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
        ctx.report({ ruleId, fieldPath: child(exprPath, 'values'), message: `operator ${operator} takes no values`, hint: 'remove values' });
      }
    }
    const name = stringAt(expression, 'key');
    if (name !== undefined) {
      const problem = qualifiedNameProblem(name);
      if (problem !== undefined) ctx.report({ ruleId, fieldPath: child(exprPath, 'key'), message: `key "${name}" ${problem}`, hint: "use a label key such as 'app'" });
    }
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== 'string') continue;
      const problem = labelValueProblem(value);
      if (problem !== undefined) ctx.report({ ruleId, fieldPath: `${child(exprPath, 'values')}[${i}]`, message: `value "${value}" ${problem}`, hint: 'use a valid label value' });
    }
  }
}
