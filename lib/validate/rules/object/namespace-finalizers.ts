/**
 * `namespace/finalizers`: each entry of a Namespace's `spec.finalizers` is a qualified
 * name, and one without a '/' must be a standard finalizer (`kubernetes` is the usual one).
 */
import { indexPath } from '../../field-path';
import { getArray, getObject } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { finalizerProblem } from './metadata-finalizers';

/** Follows core ValidateNamespace (validateFinalizerName on each spec finalizer). */
export const namespaceFinalizers: ObjectRule = {
  id: 'namespace/finalizers',
  kinds: ['Namespace'],
  check(object, ctx) {
    const finalizers = getArray(getObject(object, 'spec'), 'finalizers');
    if (finalizers === undefined) return;
    for (let i = 0; i < finalizers.length; i++) {
      const finalizer = finalizers[i];
      if (typeof finalizer !== 'string') continue;
      const problem = finalizerProblem(finalizer);
      if (problem !== undefined) ctx.report({ fieldPath: indexPath('spec.finalizers', i), ...problem });
    }
  },
};
