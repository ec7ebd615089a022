/**
 * `job/success-policy` (Kubernetes 1.31 and later, where the gate is on by default):
 * an Indexed Job only; 1 to 20 rules, each with succeededIndexes (ascending indexes and
 * intervals such as `0,2-4` below completions, an interval ending after it starts) and/or
 * succeededCount (at most completions and at most the number of listed indexes). A
 * missing `rules` is left to the schema layer (a required field).
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getInt, getObject, getString, isObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

/** First minor version with successPolicy on by default (JobSuccessPolicy beta). */
export const SUCCESS_POLICY_SINCE = 31;
const MAX_RULES = 20;
const MAX_INDEXES_LENGTH = 64 * 1024;
const INTEGER = /^[+-]?[0-9]+$/;

/** The number of indexes in an index list such as `0,2-4`, or a reason it is invalid (as batch parseIndexInterval: `1-1` is not an interval). */
export function countIndexes(text: string, completions: number): number | string {
  if (text === '') return 0;
  let last = -1;
  let total = 0;
  for (const interval of text.split(',')) {
    const bounds = interval.split('-');
    if (bounds.length > 2) return `${JSON.stringify(interval)} has more than two parts separated by '-'`;
    const first = INTEGER.test(bounds[0]) ? Number(bounds[0]) : NaN;
    const second = bounds.length === 2 && INTEGER.test(bounds[1]) ? Number(bounds[1]) : NaN;
    if (Number.isNaN(first) || (bounds.length === 2 && Number.isNaN(second))) return `${JSON.stringify(interval)} is not an index or an interval of indexes`;
    const end = bounds.length === 2 ? second : first;
    if (first < 0) return `index ${first} is negative`;
    if (first >= completions || end >= completions) return `index ${Math.max(first, end)} is not below completions (${completions})`;
    if (bounds.length === 2 && end <= first) return `interval ${JSON.stringify(interval)} does not end after it starts`;
    if (first <= last) return `indexes are not in increasing order at ${JSON.stringify(interval)}`;
    total += end - first + 1;
    last = end;
  }
  return total;
}

/** Follows batch validateJobSpec (successPolicy needs Indexed), validateSuccessPolicy and validateSuccessPolicyRule. */
export const jobSuccessPolicy: ObjectRule = {
  id: 'job/success-policy',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    if (ctx.minor < SUCCESS_POLICY_SINCE) return;
    const site = jobSpecOf(object, kindOf(object));
    const policy = getObject(site?.spec, 'successPolicy');
    if (site === undefined || policy === undefined) return;
    const base = childPath(site.path, 'successPolicy');
    if (getString(site.spec, 'completionMode') !== 'Indexed') {
      ctx.report({ fieldPath: base, message: 'successPolicy requires completionMode Indexed', hint: 'set completionMode: Indexed, or remove successPolicy' });
      return;
    }
    const rules = getArray(policy, 'rules');
    if (rules === undefined) return;
    const rulesPath = childPath(base, 'rules');
    if (rules.length === 0) ctx.report({ fieldPath: rulesPath, message: 'successPolicy needs at least one rule', hint: 'add a rule with succeededIndexes or succeededCount' });
    if (rules.length > MAX_RULES) ctx.report({ fieldPath: rulesPath, message: `successPolicy has ${rules.length} rules; at most ${MAX_RULES} are allowed`, hint: 'merge rules' });
    const completions = getInt(site.spec, 'completions');
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (!isObject(rule)) continue;
      const path = indexPath(rulesPath, i);
      const indexes = getString(rule, 'succeededIndexes');
      const count = getInt(rule, 'succeededCount');
      if (indexes === undefined && count === undefined) {
        ctx.report({ fieldPath: path, message: 'a success policy rule needs succeededIndexes or succeededCount', hint: "set succeededIndexes (e.g. '0-2') or succeededCount" });
      }
      let total: number | undefined;
      if (indexes !== undefined) {
        if (indexes.length > MAX_INDEXES_LENGTH) ctx.report({ fieldPath: childPath(path, 'succeededIndexes'), message: `succeededIndexes is longer than ${MAX_INDEXES_LENGTH} characters`, hint: 'use intervals such as 0-99' });
        if (completions !== undefined) {
          const counted = countIndexes(indexes, completions);
          if (typeof counted === 'string') ctx.report({ fieldPath: childPath(path, 'succeededIndexes'), message: `succeededIndexes ${JSON.stringify(indexes)} is invalid: ${counted}`, hint: "write ascending indexes and intervals, e.g. '0,2-4'" });
          else total = counted;
        }
      }
      if (count !== undefined) {
        if (count < 0) ctx.report({ fieldPath: childPath(path, 'succeededCount'), message: `succeededCount must be greater than or equal to 0 (got ${count})`, hint: 'use a positive count' });
        if (completions !== undefined && count > completions) ctx.report({ fieldPath: childPath(path, 'succeededCount'), message: `succeededCount ${count} exceeds completions ${completions}`, hint: 'use at most the number of completions' });
        if (total !== undefined && count > total) ctx.report({ fieldPath: childPath(path, 'succeededCount'), message: `succeededCount ${count} exceeds the ${total} indexes of succeededIndexes`, hint: 'use at most the number of listed indexes' });
      }
    }
  },
};
