/**
 * `metadata/timestamps`: `creationTimestamp`, `deletionTimestamp` and each
 * `managedFields[].time` are RFC 3339 date-times (`2024-05-01T12:00:00Z`), which is all the
 * API server's decoder (`metav1.Time`, Go's `time.Parse(time.RFC3339, …)`) reads; anything
 * else fails the request before validation. The server then replaces or clears the values
 * of a new object, so any valid time is accepted.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getObject, isObject } from '../../primitives/access';
import type { ObjectRule, RuleContext } from '../../rule';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{1,2}):(\d{2}):(\d{2})(?:[.,]\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What is wrong with `text` as Go's `time.Parse(time.RFC3339, …)` reads it, or `undefined`
 * when it parses (Go accepts a one-digit hour and a fraction after the seconds).
 */
export function rfc3339Problem(text: string): string | undefined {
  const match = RFC3339.exec(text);
  if (match === null) return "is not an RFC 3339 date-time such as '2024-05-01T12:00:00Z'";
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12) return 'has a month out of range';
  if (day < 1 || day > DAYS_IN_MONTH[month - 1] || (month === 2 && day === 29 && !leap)) return 'has a day out of range';
  if (hour > 23 || minute > 59 || second > 59) return 'has a time of day out of range';
  if (match[7] !== undefined && (Number(match[7]) > 24 || Number(match[8]) > 60)) return 'has a time zone offset out of range';
  return undefined;
}

function check(value: unknown, path: string, ctx: RuleContext): void {
  if (typeof value !== 'string') return; // null is absent; other types are the schema's
  const problem = rfc3339Problem(value);
  if (problem !== undefined) ctx.report({ fieldPath: path, message: `${JSON.stringify(value)} ${problem}; the API server cannot decode the object`, hint: 'remove the field (the server sets it) or write a full RFC 3339 time' });
}

/** Follows apimachinery metav1.Time.UnmarshalJSON for the timestamps of ObjectMeta. */
export const metadataTimestamps: ObjectRule = {
  id: 'metadata/timestamps',
  check(object, ctx) {
    const metadata = getObject(object, 'metadata');
    if (metadata === undefined) return;
    check(metadata.creationTimestamp, 'metadata.creationTimestamp', ctx);
    check(metadata.deletionTimestamp, 'metadata.deletionTimestamp', ctx);
    (getArray(metadata, 'managedFields') ?? []).forEach((entry, i) => {
      if (isObject(entry)) check(entry.time, childPath(indexPath('metadata.managedFields', i), 'time'), ctx);
    });
  },
};
