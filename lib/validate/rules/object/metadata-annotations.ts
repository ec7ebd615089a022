/**
 * `metadata/annotations`: annotation keys are qualified names (case does not matter);
 * keys and values together may not exceed 256 KiB.
 */
import { childPath } from '../../field-path';
import { getObject } from '../../primitives/access';
import { checkAnnotations } from '../../primitives/labels';
import type { ObjectRule } from '../../rule';

/** Follows apimachinery ValidateAnnotations and ValidateAnnotationsSize. */
export const metadataAnnotations: ObjectRule = {
  id: 'metadata/annotations',
  check(object, ctx) {
    const metadata = getObject(object, 'metadata');
    if (metadata === undefined) return;
    checkAnnotations(metadata.annotations, childPath('metadata', 'annotations'), ctx);
  },
};
