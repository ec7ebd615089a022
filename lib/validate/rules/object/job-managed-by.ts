/**
 * `job/managed-by` (Kubernetes 1.32 and later): the controller that manages the Job, a
 * domain-prefixed path such as `example.com/queue` of at most 63 characters.
 */
import { childPath } from '../../field-path';
import { getString } from '../../primitives/access';
import { checkDns1123Subdomain } from '../../primitives/names';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

/** First minor version with managedBy on by default (JobManagedBy beta). */
export const MANAGED_BY_SINCE = 32;
const MAX_LENGTH = 63;
const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/** What is wrong with a domain-prefixed path, or `undefined` (apimachinery IsDomainPrefixedPath). */
export function checkDomainPrefixedPath(value: string): string | undefined {
  if (value === '') return 'must not be empty';
  const slash = value.indexOf('/');
  const host = slash < 0 ? '' : value.slice(0, slash);
  const path = slash < 0 ? '' : value.slice(slash + 1);
  if (host === '' || path === '') return 'must be a domain-prefixed path such as "example.com/controller"';
  const hostProblem = checkDns1123Subdomain(host);
  if (hostProblem !== undefined) return `its domain ${JSON.stringify(host)} ${hostProblem}`;
  if (!HTTP_PATH.test(path)) return `its path ${JSON.stringify(path)} has characters not allowed in a URL path`;
  return undefined;
}

/** Follows batch validateJobSpec (managedBy: IsDomainPrefixedPath, at most 63 characters). */
export const jobManagedBy: ObjectRule = {
  id: 'job/managed-by',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    if (ctx.minor < MANAGED_BY_SINCE) return;
    const site = jobSpecOf(object, kindOf(object));
    const managedBy = getString(site?.spec, 'managedBy');
    if (site === undefined || managedBy === undefined) return;
    const path = childPath(site.path, 'managedBy');
    const problem = checkDomainPrefixedPath(managedBy);
    if (problem !== undefined) ctx.report({ fieldPath: path, message: `managedBy ${JSON.stringify(managedBy)} is invalid: ${problem}`, hint: "name the managing controller, e.g. 'kueue.x-k8s.io/multikueue'" });
    if (managedBy.length > MAX_LENGTH) ctx.report({ fieldPath: path, message: `managedBy is ${managedBy.length} characters long; at most ${MAX_LENGTH} are allowed`, hint: 'use a shorter controller name' });
  },
};
