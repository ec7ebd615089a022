/**
 * `selector/empty`: a Deployment, ReplicaSet, StatefulSet or DaemonSet selector must
 * select something (an empty selector would adopt every pod of the namespace); a
 * ReplicationController needs a selector or template labels to default it from.
 */
import { childPath } from '../../field-path';
import { getObject, isObject } from '../../primitives/access';
import { isEmptySelector } from '../../primitives/label-selector';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';

/** Follows apps ValidateDeploymentSpec / ValidateReplicaSetSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec ("empty selector is invalid") and core ValidateNonEmptySelector after SetDefaults_ReplicationController. */
export const selectorEmpty: ObjectRule = {
  id: 'selector/empty',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'],
  check(object, ctx) {
    const kind = kindOf(object);
    const spec = getObject(object, 'spec');
    if (spec === undefined) return;
    if (kind === 'ReplicationController') {
      const selector = getObject(spec, 'selector');
      if (selector !== undefined && Object.keys(selector).length > 0) return;
      const templateLabels = getObject(getObject(getObject(spec, 'template'), 'metadata'), 'labels');
      if (templateLabels !== undefined && Object.keys(templateLabels).length > 0) return;
      ctx.report({
        fieldPath: childPath('spec', 'selector'),
        message: 'a ReplicationController needs a selector, or template labels to default it from',
        hint: 'add labels to spec.template.metadata.labels (the selector defaults to them) or set spec.selector',
      });
      return;
    }
    const selector = spec.selector;
    if (!isObject(selector) || !isEmptySelector(selector)) return;
    ctx.report({
      fieldPath: childPath('spec', 'selector'),
      message: `an empty selector is invalid for a ${kind}: it would select every pod in the namespace`,
      hint: 'set spec.selector.matchLabels to labels of the pod template, e.g. {app: web}',
    });
  },
};
