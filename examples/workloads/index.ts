import type { Construct } from 'constructs';
import { addCronJobExample, addDaemonSetExample, addDeploymentExample, addReplicaSetExample, addStatefulSetExample } from './kinds';
import { addSeedWorkloads } from './seeds';
import { addStaticPodExample } from './static-pods';

/** The workload examples, one function per example; each adds its own charts. */
export const WORKLOAD_EXAMPLES: Readonly<Record<string, (app: Construct) => void>> = {
  seeds: addSeedWorkloads,
  deployment: addDeploymentExample,
  statefulset: addStatefulSetExample,
  daemonset: addDaemonSetExample,
  replicaset: addReplicaSetExample,
  cronjob: addCronJobExample,
  'static-pods': addStaticPodExample,
};

/** Adds every workload and static pod example chart to `app`. */
export function addWorkloadExamples(app: Construct): void {
  for (const add of Object.values(WORKLOAD_EXAMPLES)) add(app);
}
