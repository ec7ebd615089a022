/**
 * Label selectors (`matchLabels` and `matchExpressions`) as apimachinery validates them
 * (`ValidateLabelSelector` with label values checked strictly, as on create) and
 * matches them against a label set (`LabelSelectorAsSelector(...).Matches`).
 */
import { childPath, indexPath } from '../field-path';
import type { RuleContext } from '../rule';
import { getArray, getObject, getString, isObject, stringEntries } from './access';
import { checkLabels } from './labels';
import { labelValueProblem, qualifiedNameProblem } from './fast-names';

/** The operators of a `matchExpressions` requirement. */
export const SELECTOR_OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * Reports every problem of the selector at `path`: invalid matchLabels, unknown
 * operators, In/NotIn without values, Exists/DoesNotExist with values, invalid keys and
 * values.
 * @returns true when the selector is valid (and can be matched)
 */
export function checkLabelSelector(selector: unknown, path: string, ctx: RuleContext): boolean {
  if (!isObject(selector)) return true;
  let valid = checkLabels(selector.matchLabels, childPath(path, 'matchLabels'), ctx, 'matchLabels');
  const expressions = getArray(selector, 'matchExpressions');
  if (expressions === undefined) return valid;
  for (let i = 0; i < expressions.length; i++) {
    if (!checkRequirement(expressions[i], indexPath(childPath(path, 'matchExpressions'), i), ctx)) valid = false;
  }
  return valid;
}

const NO_VALUES: readonly unknown[] = [];

function checkRequirement(requirement: unknown, path: string, ctx: RuleContext): boolean {
  if (!isObject(requirement)) return true;
  let valid = true;
  const operator = getString(requirement, 'operator');
  const values = getArray(requirement, 'values') ?? NO_VALUES;
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length === 0) {
      valid = false;
      ctx.report({
        fieldPath: childPath(path, 'values'),
        message: `operator ${operator} needs at least one value`,
        hint: `list the values to match, or use operator ${operator === 'In' ? 'Exists' : 'DoesNotExist'}`,
      });
    }
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length > 0) {
      valid = false;
      ctx.report({
        fieldPath: childPath(path, 'values'),
        message: `operator ${operator} takes no values (got ${values.length})`,
        hint: `remove values, or use operator ${operator === 'Exists' ? 'In' : 'NotIn'}`,
      });
    }
  } else if (operator === undefined) {
    valid = false; // a missing operator is reported by the schema layer (required field)
  } else {
    valid = false;
    ctx.report({
      fieldPath: childPath(path, 'operator'),
      message: `${JSON.stringify(operator)} is not a selector operator`,
      hint: `use one of ${SELECTOR_OPERATORS.join(', ')}`,
    });
  }
  const key = getString(requirement, 'key');
  if (key !== undefined) {
    const problem = qualifiedNameProblem(key);
    if (problem !== undefined) {
      valid = false;
      ctx.report({ fieldPath: childPath(path, 'key'), message: `selector key ${JSON.stringify(key)} is invalid: ${problem}`, hint: "use a label key like 'app' or 'example.com/tier'" });
    }
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') continue;
    const problem = labelValueProblem(value);
    if (problem !== undefined) {
      valid = false;
      ctx.report({ fieldPath: indexPath(childPath(path, 'values'), i), message: `selector value ${JSON.stringify(value)} is invalid: ${problem}`, hint: 'selector values must be valid label values' });
    }
  }
  return valid;
}

const SILENT: RuleContext = { minor: 0, report: () => undefined };

/** True when the selector is valid (see {@link checkLabelSelector}), without reporting anything. */
export function isValidLabelSelector(selector: unknown): boolean {
  return checkLabelSelector(selector, '', SILENT);
}

/** True when the selector has neither matchLabels nor matchExpressions entries. */
export function isEmptySelector(selector: unknown): boolean {
  if (!isObject(selector)) return true;
  const labels = getObject(selector, 'matchLabels');
  const expressions = getArray(selector, 'matchExpressions');
  return (labels === undefined || Object.keys(labels).length === 0) && (expressions === undefined || expressions.length === 0);
}

/**
 * True when `labels` satisfy the selector: every matchLabels entry equal, every
 * requirement met (NotIn and DoesNotExist match an absent key). An empty selector
 * matches everything. Call on valid selectors only.
 */
export function selectorMatches(selector: unknown, labels: unknown): boolean {
  const set = isObject(labels) ? labels : EMPTY;
  const matchLabels = getObject(selector, 'matchLabels');
  if (matchLabels !== undefined) {
    for (const key in matchLabels) {
      const wanted = matchLabels[key];
      if (typeof wanted === 'string' && labelOf(set, key) !== wanted) return false;
    }
  }
  const expressions = getArray(selector, 'matchExpressions');
  if (expressions === undefined) return true;
  for (const requirement of expressions) {
    const actual = labelOf(set, getString(requirement, 'key') ?? '');
    const values = getArray(requirement, 'values') ?? [];
    switch (getString(requirement, 'operator')) {
      case 'In':
        if (actual === undefined || !values.includes(actual)) return false;
        break;
      case 'NotIn':
        if (actual !== undefined && values.includes(actual)) return false;
        break;
      case 'Exists':
        if (actual === undefined) return false;
        break;
      case 'DoesNotExist':
        if (actual !== undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** The string value of label `key`, if set. */
function labelOf(labels: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(labels, key)) return undefined;
  const value = labels[key];
  return typeof value === 'string' ? value : undefined;
}

/** The selector in kubectl's syntax, for messages: `app=web,tier in (a,b)`. */
export function describeSelector(selector: unknown): string {
  const parts = stringEntries(getObject(selector, 'matchLabels')).map(([k, v]) => `${k}=${v}`);
  for (const requirement of getArray(selector, 'matchExpressions') ?? []) {
    const key = getString(requirement, 'key') ?? '?';
    const values = (getArray(requirement, 'values') ?? []).join(',');
    switch (getString(requirement, 'operator')) {
      case 'In':
        parts.push(`${key} in (${values})`);
        break;
      case 'NotIn':
        parts.push(`${key} notin (${values})`);
        break;
      case 'Exists':
        parts.push(key);
        break;
      case 'DoesNotExist':
        parts.push(`!${key}`);
        break;
    }
  }
  return parts.join(',');
}
