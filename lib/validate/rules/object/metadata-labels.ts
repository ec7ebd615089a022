/**
 * `metadata/labels`: label keys are qualified names (an optional DNS subdomain prefix
 * and '/', then a name of at most 63 characters); values are at most 63 characters of
 * letters, digits, '-', '_' and '.', beginning and ending with a letter or digit.
 */
import { childPath } from '../../field-path';
import { getObject } from '../../primitives/access';
import { checkLabels } from '../../primitives/labels';
import type { ObjectRule } from '../../rule';

/** Follows apimachinery v1validation.ValidateLabels. */
export const metadataLabels: ObjectRule = {
  id: 'metadata/labels',
  check(object, ctx) {
    const metadata = getObject(object, 'metadata');
    if (metadata === undefined) return;
    checkLabels(metadata.labels, childPath('metadata', 'labels'), ctx);
  },
};
