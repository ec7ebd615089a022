/**
 * `template/metadata`: the labels and annotations of a pod template follow the same
 * rules as an object's own (pods are created with them).
 */
import { childPath } from '../../field-path';
import { getObject } from '../../primitives/access';
import { checkAnnotations, checkLabels } from '../../primitives/labels';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { TEMPLATE_KINDS, podTemplateOf } from './workload-layout';

/** Follows core ValidatePodTemplateSpec (ValidateLabels, ValidateAnnotations of the template metadata). */
export const templateMetadata: ObjectRule = {
  id: 'template/metadata',
  kinds: TEMPLATE_KINDS,
  check(object, ctx) {
    const found = podTemplateOf(object, kindOf(object));
    const metadata = getObject(found?.template, 'metadata');
    if (found === undefined || metadata === undefined) return;
    const path = childPath(found.path, 'metadata');
    checkLabels(metadata.labels, childPath(path, 'labels'), ctx);
    checkAnnotations(metadata.annotations, childPath(path, 'annotations'), ctx);
  },
};
