/**
 * The workloads that carry a pod template: each takes the same pod props as a Pod under
 * `template`, and each is a pod host patterns attach to.
 */
export { CronJob, type CronJobProps, type CronJobTemplateProps } from './cron-job';
export { DaemonSet, type DaemonSetProps } from './daemon-set';
export { Deployment, type DeploymentProps } from './deployment';
export { Job, type JobProps } from './job';
export type { JobFields } from './job-fields';
export { ReplicaSet, type ReplicaSetProps } from './replica-set';
export { ReplicationController, type ReplicationControllerProps } from './replication-controller';
export type { SelectorProp } from './selector';
export { StatefulSet, type StatefulSetProps } from './stateful-set';
export { Workload, type RenderedPodTemplate, type WorkloadDefinition, type WorkloadProps } from './workload';
