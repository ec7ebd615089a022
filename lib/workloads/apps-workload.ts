import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { renderSelector, selectorFromLabels, type SelectorProp } from './selector';
import { Workload, type WorkloadProps } from './workload';

/** Props shared by the apps/v1 workloads: the pod template, the selector and the spec's other fields. */
export interface AppsWorkloadProps extends WorkloadProps {
  /** The pods the workload owns. @default matchLabels equal to the template's labels */
  readonly selector?: SelectorProp;
}

/**
 * An apps/v1 workload (Deployment, StatefulSet, DaemonSet, ReplicaSet): its spec is the
 * props' fields as given, a selector (the given one, or matchLabels of the template's labels
 * at synth) and the rendered template.
 */
export abstract class AppsWorkload extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the object's name unless `metadata.name` is set
   * @param kind the apps/v1 kind
   * @param props the pod template, the selector and the spec's other fields
   */
  protected constructor(scope: Construct, id: string, kind: string, props: AppsWorkloadProps) {
    const { metadata, template, selector } = props;
    const fields = AppsWorkload.specFieldsOf(props);
    const holder: { selector?: k8s.LabelSelector } = {};
    super(scope, id, {
      apiVersion: 'apps/v1',
      kind,
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
  }

  /** The spec fields among the props: everything but the metadata, the template and the selector. */
  protected static specFieldsOf<T extends AppsWorkloadProps>(props: T): Omit<T, 'metadata' | 'template' | 'selector'> {
    const { metadata: _metadata, template: _template, selector: _selector, ...fields } = props;
    return fields;
  }
}
