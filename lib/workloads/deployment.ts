import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { renderSelector, selectorFromLabels, type SelectorProp } from './selector';
import { Workload, type WorkloadProps } from './workload';

/** Props of a {@link Deployment}: the pod template, the selector, and every other DeploymentSpec field under its API name. */
export interface DeploymentProps extends WorkloadProps, Omit<k8s.DeploymentSpec, 'template' | 'selector'> {
  /** The pods the Deployment owns. @default matchLabels equal to the template's labels */
  readonly selector?: SelectorProp;
}

/**
 * A Deployment (`apps/v1`): replicated pods rolled out from one template.
 *
 * @example
 * new Deployment(chart, 'web', {
 *   replicas: 3,
 *   template: { metadata: { labels: { app: 'web' } }, containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
 * });
 */
export class Deployment extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the Deployment's name unless `metadata.name` is set
   * @param props the pod template and the Deployment's fields
   */
  public constructor(scope: Construct, id: string, props: DeploymentProps) {
    const { metadata, template, selector, ...fields } = props;
    const holder: { selector?: k8s.LabelSelector } = {};
    super(scope, id, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
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
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0, progressDeadlineSeconds: 1 });
  }
}
