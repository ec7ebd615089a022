/**
 * The API form of a label selector (`{ matchLabels, matchExpressions }`): its checks, as
 * the API server validates a selector on create, and the conversions between it and
 * requirements.
 */
import { checkLabelKey, checkRequirementValues, compareStrings, type LabelRequirement } from './requirement';

/** The operators of a selector's `matchExpressions`. */
export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

/** One entry of `matchExpressions`. */
export interface LabelSelectorRequirementJson {
  /** The label key. */
  readonly key: string;
  /** How the key's value is tested. */
  readonly operator: LabelSelectorOperator;
  /** The values, for `In` and `NotIn`; absent for `Exists` and `DoesNotExist`. */
  readonly values?: string[];
}

/** A label selector in the form the API writes it. */
export interface LabelSelectorJson {
  /** Labels that must be present with exactly these values. */
  readonly matchLabels?: { readonly [key: string]: string };
  /** Further requirements, all of which must hold. */
  readonly matchExpressions?: LabelSelectorRequirementJson[];
}

/** What a selector in API form may be given as: any operator string, checked at run time. */
export interface LabelSelectorInput {
  /** Labels that must be present with exactly these values. */
  readonly matchLabels?: { readonly [key: string]: string };
  /** Further requirements. */
  readonly matchExpressions?: ReadonlyArray<{
    /** The label key. */
    readonly key: string;
    /** `In`, `NotIn`, `Exists` or `DoesNotExist`; any other string is reported when checked. */
    readonly operator: string;
    /** The values, for `In` and `NotIn`; absent for `Exists` and `DoesNotExist`. */
    readonly values?: readonly string[];
  }>;
}

/** A problem of a selector in API form: where (a field path) and what. */
export interface SelectorProblem {
  /** Field path, e.g. `spec.selector.matchExpressions[0].values`. */
  readonly path: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/**
 * Every problem of a selector in API form, as the API server's validation of a new
 * object finds them: shapes, label keys (qualified names), label values, known
 * operators, values required for `In`/`NotIn` and forbidden for `Exists`/`DoesNotExist`.
 * Never throws; an empty list means valid.
 * @param path field path of the selector, prefixed to every problem's path
 */
export function checkLabelSelectorJson(value: unknown, path = ''): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  if (!isRecord(value)) {
    return [{ path, message: 'must be an object with matchLabels and/or matchExpressions' }];
  }
  const { matchLabels, matchExpressions } = value;
  const labelsPath = child(path, 'matchLabels');
  if (isRecord(matchLabels)) {
    for (const key of Object.keys(matchLabels).sort(compareStrings)) {
      const keyProblem = checkLabelKey(key);
      if (keyProblem !== undefined) problems.push({ path: labelsPath, message: `key '${key}' ${keyProblem}` });
      const labelValue = matchLabels[key];
      const entryPath = `${labelsPath}[${key}]`;
      if (typeof labelValue !== 'string') {
        problems.push({ path: entryPath, message: 'must be a string' });
      } else {
        const valueProblem = checkRequirementValues('Equals', [labelValue]);
        if (valueProblem !== undefined) problems.push({ path: entryPath, message: `value '${labelValue}': ${valueProblem.detail}` });
      }
    }
  } else if (matchLabels !== undefined && matchLabels !== null) {
    problems.push({ path: labelsPath, message: 'must be a map of label keys to values' });
  }
  const expressionsPath = child(path, 'matchExpressions');
  if (Array.isArray(matchExpressions)) {
    matchExpressions.forEach((expression, index) => problems.push(...checkExpression(expression, `${expressionsPath}[${index}]`)));
  } else if (matchExpressions !== undefined && matchExpressions !== null) {
    problems.push({ path: expressionsPath, message: 'must be a list of {key, operator, values} requirements' });
  }
  return problems;
}

function checkExpression(expression: unknown, path: string): SelectorProblem[] {
  if (!isRecord(expression)) return [{ path, message: 'must be an object with key, operator and values' }];
  const problems: SelectorProblem[] = [];
  const { key, operator, values } = expression;
  const valuesPath = child(path, 'values');
  if (values !== undefined && values !== null && !(Array.isArray(values) && values.every((v) => typeof v === 'string'))) {
    problems.push({ path: valuesPath, message: 'must be a list of strings' });
  }
  const valueList: string[] = Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
  if (operator === 'In' || operator === 'NotIn') {
    if (valueList.length === 0) problems.push({ path: valuesPath, message: `must be specified when operator is '${operator}'; list at least one value` });
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (valueList.length > 0) problems.push({ path: valuesPath, message: `may not be specified when operator is '${operator}'; remove the values, or use 'In' or 'NotIn'` });
  } else {
    const shown = typeof operator === 'string' ? `'${operator}'` : String(operator);
    problems.push({ path: child(path, 'operator'), message: `${shown} is not a selector operator; use one of ${OPERATORS.map((o) => `'${o}'`).join(', ')}` });
  }
  if (typeof key !== 'string') {
    problems.push({ path: child(path, 'key'), message: 'must be a string (a label key)' });
  } else {
    const keyProblem = checkLabelKey(key);
    if (keyProblem !== undefined) problems.push({ path: child(path, 'key'), message: `'${key}' ${keyProblem}` });
  }
  valueList.forEach((value, index) => {
    const problem = checkRequirementValues('In', [value]);
    if (problem !== undefined) problems.push({ path: `${valuesPath}[${index}]`, message: `'${value}': ${problem.detail}` });
  });
  return problems;
}

/**
 * The requirements of a checked selector in API form: `matchLabels` as equalities, then
 * `matchExpressions` in their order, values as written; all sorted by key (stably).
 */
export function requirementsFromJson(json: LabelSelectorInput): LabelRequirement[] {
  const requirements: LabelRequirement[] = [];
  for (const key of Object.keys(json.matchLabels ?? {}).sort(compareStrings)) {
    requirements.push({ key, operator: 'Equals', values: [(json.matchLabels ?? {})[key]] });
  }
  for (const expression of json.matchExpressions ?? []) {
    requirements.push({ key: expression.key, operator: expression.operator as LabelSelectorOperator, values: [...(expression.values ?? [])] });
  }
  return requirements
    .map((requirement, order) => ({ requirement, order }))
    .sort((a, b) => compareStrings(a.requirement.key, b.requirement.key) || a.order - b.order)
    .map(({ requirement }) => requirement);
}

/**
 * The API form of requirements: the first equality of each key goes to `matchLabels`
 * (sorted by key); the rest go to `matchExpressions` in order (`!=` as `NotIn` with one
 * value, a second, different equality on a key as `In` with one value). Throws for `>`
 * and `<`, which the API form cannot express.
 */
export function requirementsToJson(requirements: readonly LabelRequirement[]): LabelSelectorJson {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: LabelSelectorRequirementJson[] = [];
  for (const { key, operator, values } of requirements) {
    switch (operator) {
      case 'Equals':
      case 'DoubleEquals':
        if (!Object.prototype.hasOwnProperty.call(matchLabels, key)) {
          Object.defineProperty(matchLabels, key, { value: values[0], enumerable: true, writable: true, configurable: true });
        } else if (matchLabels[key] !== values[0]) {
          matchExpressions.push({ key, operator: 'In', values: [values[0]] });
        }
        break;
      case 'NotEquals':
        matchExpressions.push({ key, operator: 'NotIn', values: [values[0]] });
        break;
      case 'In':
      case 'NotIn':
        matchExpressions.push({ key, operator, values: [...values] });
        break;
      case 'Exists':
      case 'DoesNotExist':
        matchExpressions.push({ key, operator });
        break;
      case 'GreaterThan':
      case 'LessThan':
        throw new Error(
          `label selector requirement '${key}${operator === 'GreaterThan' ? '>' : '<'}${values[0]}' cannot be written in an object's selector: ` +
            `matchExpressions only know In, NotIn, Exists and DoesNotExist; list the accepted values with 'in (...)' instead`,
        );
    }
  }
  const sortedLabels: Record<string, string> = {};
  for (const key of Object.keys(matchLabels).sort(compareStrings)) {
    Object.defineProperty(sortedLabels, key, { value: matchLabels[key], enumerable: true, writable: true, configurable: true });
  }
  return {
    ...(Object.keys(sortedLabels).length > 0 ? { matchLabels: sortedLabels } : {}),
    ...(matchExpressions.length > 0 ? { matchExpressions } : {}),
  };
}
