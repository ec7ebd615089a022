import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { AppsWorkload, type AppsWorkloadProps } from './apps-workload';

/** Props of a {@link DaemonSet}: the pod template, the selector, and every other DaemonSetSpec field under its API name. */
export interface DaemonSetProps extends AppsWorkloadProps, Omit<k8s.DaemonSetSpec, 'template' | 'selector'> {}

/**
 * A DaemonSet (`apps/v1`): one pod on every node (or every node the template's
 * `nodeSelector`, affinity and tolerations allow), the cluster-managed alternative to static pods.
 */
export class DaemonSet extends AppsWorkload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the DaemonSet's name unless `metadata.name` is set
   * @param props the pod template and the DaemonSet's fields
   */
  public constructor(scope: Construct, id: string, props: DaemonSetProps) {
    super(scope, id, 'DaemonSet', props);
    const fields = AppsWorkload.specFieldsOf(props);
    checkWholeNumbers(this, fields, { minReadySeconds: 0, revisionHistoryLimit: 0 });
  }
}
