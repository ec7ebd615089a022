import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { renderSelector, selectorFromLabels, type SelectorProp } from './selector';
import { Workload, type WorkloadProps } from './workload';

/** Props of a {@link DaemonSet}: the pod template, the selector, and every other DaemonSetSpec field under its API name. */
export interface DaemonSetProps extends WorkloadProps, Omit<k8s.DaemonSetSpec, 'template' | 'selector'> {
  /** The pods the DaemonSet owns. @default matchLabels equal to the template's labels */
  readonly selector?: SelectorProp;
}

/**
 * A DaemonSet (`apps/v1`): one pod on every node (or every node the template's
 * `nodeSelector`, affinity and tolerations allow), the cluster-managed alternative to static pods.
 */
export class DaemonSet extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the DaemonSet's name unless `metadata.name` is set
   * @param props the pod template and the DaemonSet's fields
   */
  public constructor(scope: Construct, id: string, props: DaemonSetProps) {
    const { metadata, template, selector, ...fields } = props;
    const holder: { selector?: k8s.LabelSelector } = {};
    super(scope, id, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
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
    checkWholeNumbers(this, fields, { minReadySeconds: 0, revisionHistoryLimit: 0 });
  }
}
