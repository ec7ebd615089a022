import type { Construct } from 'constructs';
import type * as k8s from '../k8s/types.generated';
import { checkWholeNumbers } from './checks';
import { AppsWorkload, type AppsWorkloadProps } from './apps-workload';

/**
 * Props of a {@link StatefulSet}: the pod template, the selector, and every other
 * StatefulSetSpec field under its API name (`serviceName`, `volumeClaimTemplates`,
 * `updateStrategy`, `podManagementPolicy` ...).
 */
export interface StatefulSetProps extends AppsWorkloadProps, Omit<k8s.StatefulSetSpec, 'template' | 'selector'> {}

/**
 * A StatefulSet (`apps/v1`): pods with stable names (`<name>-0`, `<name>-1` ...), each with its
 * own volumes from `volumeClaimTemplates`, reachable through the headless Service `serviceName`.
 * A claim template is mounted by naming it in a container's `volumeMounts`.
 */
export class StatefulSet extends AppsWorkload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the StatefulSet's name unless `metadata.name` is set
   * @param props the pod template and the StatefulSet's fields
   */
  public constructor(scope: Construct, id: string, props: StatefulSetProps) {
    super(scope, id, 'StatefulSet', props);
    const fields = AppsWorkload.specFieldsOf(props);
    checkWholeNumbers(this, fields, { replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0 });
    if (fields.ordinals) checkWholeNumbers(this, fields.ordinals, { start: 0 }, 'ordinals.');
  }
}
