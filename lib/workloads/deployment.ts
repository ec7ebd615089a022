import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { AppsWorkload, type AppsWorkloadProps } from './apps-workload';

/** Props of a {@link Deployment}: the pod template, the selector, and every other DeploymentSpec field under its API name. */
export interface DeploymentProps extends AppsWorkloadProps, Omit<k8s.DeploymentSpec, 'template' | 'selector'> {}

/**
 * A Deployment (`apps/v1`): replicated pods rolled out from one template.
 *
 * @example
 * new Deployment(chart, 'web', {
 *   replicas: 3,
 *   template: { metadata: { labels: { app: 'web' } }, containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
 * });
 */
export class Deployment extends AppsWorkload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the Deployment's name unless `metadata.name` is set
   * @param props the pod template and the Deployment's fields
   */
  public constructor(scope: Construct, id: string, props: DeploymentProps) {
    super(scope, id, 'Deployment', props);
    const fields = AppsWorkload.specFieldsOf(props);
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0, progressDeadlineSeconds: 1 });
  }
}
