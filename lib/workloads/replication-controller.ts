import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import type { LabelSelector } from '../labels';
import { renderEqualitySelector } from './selector';
import { Workload, type WorkloadProps } from './workload';

/** Props of a {@link ReplicationController}: the pod template, the selector, and the other ReplicationControllerSpec fields. */
export interface ReplicationControllerProps extends WorkloadProps, Omit<k8s.ReplicationControllerSpec, 'template' | 'selector'> {
  /**
   * The pods the controller owns, by equality only: the API's label map (`{ app: 'crane' }`)
   * or a {@link LabelSelector} of equalities (`LabelSelector.parse('app=crane')`).
   * @default none in the output: the API server takes the template's labels
   */
  readonly selector?: LabelSelector | Readonly<Record<string, string>>;
}

/**
 * A ReplicationController (`v1`), the ReplicaSet's predecessor, still accepted by every
 * Kubernetes version (the study notes' `crane` uses one). Without a selector the output has
 * none, as people write it: the API server defaults it to the template's labels.
 */
export class ReplicationController extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the controller's name unless `metadata.name` is set
   * @param props the pod template and the controller's fields
   */
  public constructor(scope: Construct, id: string, props: ReplicationControllerProps) {
    const { metadata, template, selector, ...fields } = props;
    const holder: { selector?: Record<string, string> } = {};
    super(scope, id, {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata,
      template,
      templatePath: 'spec.template',
      renderSpec: (rendered) => ({
        ...fields,
        selector: holder.selector,
        template: rendered.template,
      }),
    });
    if (selector) holder.selector = renderEqualitySelector(this, selector);
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0 });
  }
}
