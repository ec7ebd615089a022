/**
 * The engine's check of two objects with one kind, namespace and name, run on their
 * identities alone, so that objects validated in separate batches (or on separate
 * threads) are still compared with every object before them. It asks the engine's own
 * tracker, with the engine's rule id, and gives the diagnostic the engine would give
 * for the object at the same index.
 */
import { DuplicateTracker } from '../lib/validate/duplicates';
import type { Diagnostic } from '../lib/validate/diagnostic';
import { getObject, getString } from '../lib/validate/primitives/access';
import type { DuplicateCheck, ObjectIdentity } from './engine';

/** The engine's rule id for duplicates. */
export const DUPLICATE_RULE_ID = 'object/duplicate';

const hasOwn = Object.prototype.hasOwnProperty;

/** What the engine's duplicate check reads of `value` (a plain object read from a manifest). */
export function identityOf(value: unknown): ObjectIdentity {
  const metadata = getObject(value, 'metadata');
  return [typeMeta(value, 'apiVersion'), typeMeta(value, 'kind'), getString(metadata, 'name') ?? null, getString(metadata, 'namespace') ?? null];
}

/** The engine reads `apiVersion` and `kind` as own, non-empty strings; anything else stops its checks. */
function typeMeta(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null || !hasOwn.call(value, name)) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field !== '' ? field : null;
}

/** A new duplicate check of the engine. */
export function engineDuplicateCheck(): DuplicateCheck {
  const tracker = new DuplicateTracker();
  return {
    ruleId: DUPLICATE_RULE_ID,
    add(identity: ObjectIdentity, index: number): Diagnostic | undefined {
      const [apiVersion, kind, name, namespace] = identity;
      if (apiVersion === null || kind === null) return undefined;
      const metadata: Record<string, string> = {};
      if (name !== null) metadata.name = name;
      if (namespace !== null) metadata.namespace = namespace;
      const finding = tracker.add({ metadata }, apiVersion, kind, index);
      if (finding === undefined) return undefined;
      const severity = finding.severity ?? 'error';
      const ruleId = finding.ruleId ?? DUPLICATE_RULE_ID;
      return finding.hint === undefined
        ? { severity, ruleId, fieldPath: finding.fieldPath, message: finding.message, objectIndex: index }
        : { severity, ruleId, fieldPath: finding.fieldPath, message: finding.message, hint: finding.hint, objectIndex: index };
    },
  };
}
