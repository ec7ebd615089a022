import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { renderSelector, selectorFromLabels, type SelectorProp } from './selector';
import { Workload, type WorkloadProps } from './workload';

/**
 * Props of a {@link StatefulSet}: the pod template, the selector, and every other
 * StatefulSetSpec field under its API name (`serviceName`, `volumeClaimTemplates`,
 * `updateStrategy`, `podManagementPolicy` ...).
 */
export interface StatefulSetProps extends WorkloadProps, Omit<k8s.StatefulSetSpec, 'template' | 'selector'> {
  /** The pods the StatefulSet owns. @default matchLabels equal to the template's labels */
  readonly selector?: SelectorProp;
}

/**
 * A StatefulSet (`apps/v1`): pods with stable names (`<name>-0`, `<name>-1` ...), each with its
 * own volumes from `volumeClaimTemplates`, reachable through the headless Service `serviceName`.
 * A claim template is mounted by naming it in a container's `volumeMounts`.
 */
export class StatefulSet extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the StatefulSet's name unless `metadata.name` is set
   * @param props the pod template and the StatefulSet's fields
   */
  public constructor(scope: Construct, id: string, props: StatefulSetProps) {
    const { metadata, template, selector, ...fields } = props;
    const holder: { selector?: k8s.LabelSelector } = {};
    super(scope, id, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
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
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0 });
    if (fields.ordinals) checkWholeNumbers(this, fields.ordinals, { start: 0 }, 'ordinals.');
  }
}
