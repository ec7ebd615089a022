/**
 * Helpers for the object rules' table-driven tests: run one rule on one object and
 * summarize the findings, and minimal valid objects of each workload kind.
 */
import { CollectingContext } from '../../primitives/collecting-context';
import type { ObjectRule } from '../../rule';

/** One expected finding: `[fieldPath]` (an error of the rule) or `[fieldPath, severity]`. */
export type Expected = readonly [string] | readonly [string, 'error' | 'warning' | 'info'];

/** Runs `rule` on `object` for target minor version `minor`; returns `[fieldPath, severity]` pairs. */
export function run(rule: ObjectRule, object: unknown, minor = 36): Array<[string, string]> {
  const ctx = new CollectingContext(minor);
  rule.check(object as Record<string, unknown>, ctx);
  return ctx.findings.map((f) => [f.fieldPath, f.severity ?? 'error']);
}

/** Normalizes expectations to `[fieldPath, severity]` pairs. */
export function expected(list: readonly Expected[]): Array<[string, string]> {
  return list.map((e) => [e[0], e[1] ?? 'error']);
}

/** Runs `rule` and returns the findings themselves, for message assertions. */
export function findings(rule: ObjectRule, object: unknown, minor = 36) {
  const ctx = new CollectingContext(minor);
  rule.check(object as Record<string, unknown>, ctx);
  return ctx.findings;
}

const podTemplate = (labels: Record<string, string> = { app: 'web' }, restartPolicy?: string) => ({
  metadata: { labels },
  spec: { ...(restartPolicy === undefined ? {} : { restartPolicy }), containers: [{ name: 'web', image: 'nginx' }] },
});

/** Deep-merges plain objects (arrays and scalars of `patch` replace); `undefined` in the patch deletes the key. */
export function merge<T>(base: T, patch: unknown): T {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch) || typeof base !== 'object' || base === null || Array.isArray(base)) {
    return patch as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === undefined) delete out[key];
    else out[key] = key in out ? merge(out[key], value) : value;
  }
  return out as T;
}

/** A valid Deployment, with `patch` merged in. */
export function deployment(patch: unknown = {}): Record<string, unknown> {
  return merge(
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() } },
    patch,
  );
}

/** A valid ReplicaSet, with `patch` merged in. */
export function replicaSet(patch: unknown = {}): Record<string, unknown> {
  return merge({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() } }, patch);
}

/** A valid StatefulSet, with `patch` merged in. */
export function statefulSet(patch: unknown = {}): Record<string, unknown> {
  return merge(
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', selector: { matchLabels: { app: 'web' } }, template: podTemplate() } },
    patch,
  );
}

/** A valid DaemonSet, with `patch` merged in. */
export function daemonSet(patch: unknown = {}): Record<string, unknown> {
  return merge({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() } }, patch);
}

/** A valid ReplicationController, with `patch` merged in. */
export function replicationController(patch: unknown = {}): Record<string, unknown> {
  return merge({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, template: podTemplate() } }, patch);
}

/** A valid Job, with `patch` merged in. */
export function job(patch: unknown = {}): Record<string, unknown> {
  return merge({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'task' }, spec: { template: podTemplate({ app: 'task' }, 'Never') } }, patch);
}

/** A valid CronJob, with `patch` merged in. */
export function cronJob(patch: unknown = {}): Record<string, unknown> {
  return merge(
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly' }, spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: podTemplate({ app: 'task' }, 'OnFailure') } } } },
    patch,
  );
}

/** A valid Pod, with `patch` merged in. */
export function pod(patch: unknown = {}): Record<string, unknown> {
  return merge({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }, patch);
}
