/**
 * What object rules need to know of an object's kind: its API group and whether the
 * kind has ordinary object metadata (lists and review requests do not).
 */
import { getString } from '../../primitives/access';
import type { KubeObject } from '../../rule';
import { apiGroup } from '../../schema/kinds';

/** The API group of the object (empty for core). */
export function groupOf(object: KubeObject): string {
  return apiGroup(getString(object, 'apiVersion') ?? '');
}

/** The kind of the object. */
export function kindOf(object: KubeObject): string {
  return getString(object, 'kind') ?? '';
}

const WITHOUT_NAME = new Set(['TokenReview', 'SelfSubjectReview', 'SubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'LocalSubjectAccessReview']);

const HAS_META = new Map<string, boolean>();

/** True for kinds whose objects carry ordinary metadata with a required name (not lists, not review requests). */
export function hasObjectMeta(kind: string): boolean {
  let known = HAS_META.get(kind);
  if (known === undefined) {
    known = !kind.endsWith('List') && !WITHOUT_NAME.has(kind);
    HAS_META.set(kind, known);
  }
  return known;
}
