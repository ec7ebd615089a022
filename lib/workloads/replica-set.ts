import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { AppsWorkload, type AppsWorkloadProps } from './apps-workload';

/** Props of a {@link ReplicaSet}: the pod template, the selector, and every other ReplicaSetSpec field under its API name. */
export interface ReplicaSetProps extends AppsWorkloadProps, Omit<k8s.ReplicaSetSpec, 'template' | 'selector'> {}

/**
 * A ReplicaSet (`apps/v1`): a fixed number of pods from one template. Deployments manage
 * ReplicaSets for you; use one directly to keep a set of pods without rollouts.
 */
export class ReplicaSet extends AppsWorkload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the ReplicaSet's name unless `metadata.name` is set
   * @param props the pod template and the ReplicaSet's fields
   */
  public constructor(scope: Construct, id: string, props: ReplicaSetProps) {
    super(scope, id, 'ReplicaSet', props);
    const fields = AppsWorkload.specFieldsOf(props);
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0 });
  }
}
