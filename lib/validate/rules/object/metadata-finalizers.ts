/**
 * `metadata/finalizers`: each finalizer is a qualified name, and one without a '/' must
 * be a standard finalizer (`kubernetes`, `orphan`, `foregroundDeletion`); `orphan` and
 * `foregroundDeletion` exclude each other.
 */
import { childPath, indexPath } from '../../field-path';
import { getArray, getObject } from '../../primitives/access';
import { checkQualifiedName } from '../../primitives/names';
import type { ObjectRule } from '../../rule';

const STANDARD = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** Follows apimachinery ValidateFinalizers and core validateKubeFinalizerName. */
export const metadataFinalizers: ObjectRule = {
  id: 'metadata/finalizers',
  check(object, ctx) {
    const finalizers = getArray(getObject(object, 'metadata'), 'finalizers');
    if (finalizers === undefined) return;
    const base = childPath('metadata', 'finalizers');
    for (let i = 0; i < finalizers.length; i++) {
      const finalizer = finalizers[i];
      if (typeof finalizer !== 'string') continue;
      const problem = finalizerProblem(finalizer);
      if (problem !== undefined) ctx.report({ fieldPath: indexPath(base, i), ...problem });
    }
    if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion')) {
      ctx.report({ fieldPath: base, message: 'finalizers orphan and foregroundDeletion cannot both be set', hint: 'keep one of them' });
    }
  },
};

/**
 * What is wrong with one finalizer name (a message and a hint), or `undefined`: it must be
 * a qualified name, and one without a '/' must be a standard finalizer.
 */
export function finalizerProblem(finalizer: string): { message: string; hint: string } | undefined {
  const problem = checkQualifiedName(finalizer);
  if (problem !== undefined) {
    return { message: `finalizer ${JSON.stringify(finalizer)} is invalid: ${problem}`, hint: "use a domain-prefixed name, e.g. 'example.com/cleanup'" };
  }
  if (!finalizer.includes('/') && !STANDARD.has(finalizer)) {
    return {
      message: `finalizer ${JSON.stringify(finalizer)} is neither a standard finalizer nor domain-qualified`,
      hint: `prefix it with your domain, e.g. 'example.com/${finalizer}'`,
    };
  }
  return undefined;
}
