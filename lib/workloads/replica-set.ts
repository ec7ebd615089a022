import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { renderSelector, selectorFromLabels, type SelectorProp } from './selector';
import { Workload, type WorkloadProps } from './workload';

/** Props of a {@link ReplicaSet}: the pod template, the selector, and every other ReplicaSetSpec field under its API name. */
export interface ReplicaSetProps extends WorkloadProps, Omit<k8s.ReplicaSetSpec, 'template' | 'selector'> {
  /** The pods the ReplicaSet owns. @default matchLabels equal to the template's labels */
  readonly selector?: SelectorProp;
}

/**
 * A ReplicaSet (`apps/v1`): a fixed number of pods from one template. Deployments manage
 * ReplicaSets for you; use one directly to keep a set of pods without rollouts.
 */
export class ReplicaSet extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the ReplicaSet's name unless `metadata.name` is set
   * @param props the pod template and the ReplicaSet's fields
   */
  public constructor(scope: Construct, id: string, props: ReplicaSetProps) {
    const { metadata, template, selector, ...fields } = props;
    const holder: { selector?: k8s.LabelSelector } = {};
    super(scope, id, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata,
      template,
      templatePath: 'spec.template',
      renderSpec: (rendered) => ({
        ...fields,
        selector: holder.selector ?? selectorFromLabels(rendered.labels),
        template: rendered.template,
      }),
    });
    if (selector) holder.selector = renderSelector(this, 'selector', selector);
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0 });
  }
}
