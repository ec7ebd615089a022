/**
 * Fast acceptance of the common case for label keys and values: one regular expression
 * and a length check decide that a value is valid; only values that fail it go through
 * the detailed checks of `names.ts`, which explain what is wrong.
 */
import { DNS1123_LABEL_MAX, DNS1123_SUBDOMAIN_MAX, checkLabelValue, checkQualifiedName } from './names';

const QUALIFIED_NAME = /^(?:([a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Like `checkQualifiedName`, with a fast path for valid keys. */
export function qualifiedNameProblem(value: string): string | undefined {
  if (value.length <= DNS1123_LABEL_MAX && QUALIFIED_NAME.test(value)) {
    const slash = value.indexOf('/');
    if (slash < 0 || (slash <= DNS1123_SUBDOMAIN_MAX && value.length - slash - 1 <= DNS1123_LABEL_MAX)) return undefined;
  }
  return checkQualifiedName(value);
}

/** Like `checkLabelValue`, with a fast path for valid values. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length <= DNS1123_LABEL_MAX && LABEL_VALUE.test(value)) return undefined;
  return checkLabelValue(value);
}
