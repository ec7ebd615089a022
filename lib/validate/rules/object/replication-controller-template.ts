/**
 * `replicationcontroller/template`: a ReplicationController needs a pod template.
 */
import { getObject, isSet } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Follows core ValidatePodTemplateSpecForRC (template required). */
export const replicationControllerTemplate: ObjectRule = {
  id: 'replicationcontroller/template',
  kinds: ['ReplicationController'],
  check(object, ctx) {
    if (isSet(getObject(object, 'spec'), 'template')) return;
    ctx.report({ fieldPath: 'spec.template', message: 'a ReplicationController needs a pod template', hint: 'set spec.template with the labels and spec of its pods' });
  },
};
