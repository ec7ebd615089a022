/**
 * The object rules (metadata, pod templates, workloads, selectors, jobs and cron jobs),
 * in reporting order. Each rule lives in its own file with a table-driven test beside it.
 */
import type { ObjectRule } from '../../rule';
import { configMapData } from './configmap-data';
import { cronJobConcurrencyPolicy } from './cronjob-concurrency-policy';
import { cronJobNameLength } from './cronjob-name';
import { cronJobSchedule } from './cronjob-schedule';
import { cronJobTimeZone } from './cronjob-time-zone';
import { daemonSetUpdateStrategy } from './daemonset-update-strategy';
import { deploymentProgressDeadline } from './deployment-progress-deadline';
import { deploymentStrategy } from './deployment-strategy';
import { horizontalPodAutoscalerSpec } from './horizontal-pod-autoscaler';
import { ingressSpec } from './ingress-spec';
import { jobCompletionMode } from './job-completion-mode';
import { jobManagedBy } from './job-managed-by';
import { jobName } from './job-name';
import { jobPodFailurePolicy } from './job-pod-failure-policy';
import { jobPodReplacementPolicy } from './job-pod-replacement-policy';
import { jobSelector } from './job-selector';
import { jobSuccessPolicy } from './job-success-policy';
import { metadataAnnotations } from './metadata-annotations';
import { metadataFinalizers } from './metadata-finalizers';
import { metadataLabels } from './metadata-labels';
import { metadataName } from './metadata-name';
import { metadataNameDnsLabel } from './metadata-name-dns-label';
import { metadataNamespace } from './metadata-namespace';
import { metadataOwnerReferences } from './metadata-owner-references';
import { metadataTimestamps } from './metadata-timestamps';
// from './metadata-owner-references';
import { namespaceFinalizers } from './namespace-finalizers';
import { networkPolicySpec } from './network-policy-spec';
import { persistentVolumeClaimSpec } from './persistent-volume-claim-spec';
import { podDisruptionBudgetSpec } from './pod-disruption-budget';
import { priorityClassSpec } from './priority-class';
import { rbacBinding } from './rbac-binding';
import { rbacRoleRules } from './rbac-role-rules';
import { replicationControllerTemplate } from './replication-controller-template';
import { resourceQuotaHard } from './resource-quota-hard';
import { secretData } from './secret-data';
import { serviceSpec } from './service-spec';
import { selectorEmpty } from './selector-empty';
import { selectorSyntax } from './selector-syntax';
import { selectorTemplateMatch } from './selector-template-match';
import { statefulSetPodManagementPolicy } from './statefulset-pod-management-policy';
import { statefulSetPvcRetentionPolicy } from './statefulset-pvc-retention-policy';
import { statefulSetServiceName } from './statefulset-service-name';
import { statefulSetUpdateStrategy } from './statefulset-update-strategy';
import { statefulSetVolumeClaimTemplates } from './statefulset-volume-claim-templates';
import { templateActiveDeadline } from './template-active-deadline';
import { templateMetadata } from './template-metadata';
import { templateRestartPolicy } from './template-restart-policy';
import { workloadNonNegative } from './workload-non-negative';

/** Every object rule, in reporting order. */
export const OBJECT_RULES: ObjectRule[] = [
  metadataName,
  metadataNameDnsLabel,
  metadataNamespace,
  metadataLabels,
  metadataAnnotations,
  metadataOwnerReferences,
  metadataFinalizers,
  metadataTimestamps,
  workloadNonNegative,
  selectorSyntax,
  selectorEmpty,
  selectorTemplateMatch,
  jobSelector,
  replicationControllerTemplate,
  templateMetadata,
  templateRestartPolicy,
  templateActiveDeadline,
  deploymentStrategy,
  deploymentProgressDeadline,
  daemonSetUpdateStrategy,
  statefulSetPodManagementPolicy,
  statefulSetUpdateStrategy,
  statefulSetServiceName,
  statefulSetPvcRetentionPolicy,
  statefulSetVolumeClaimTemplates,
  jobCompletionMode,
  jobPodFailurePolicy,
  jobSuccessPolicy,
  jobPodReplacementPolicy,
  jobManagedBy,
  jobName,
  cronJobSchedule,
  cronJobTimeZone,
  cronJobConcurrencyPolicy,
  cronJobNameLength,
  configMapData,
  secretData,
  serviceSpec,
  namespaceFinalizers,
  persistentVolumeClaimSpec,
  podDisruptionBudgetSpec,
  horizontalPodAutoscalerSpec,
  ingressSpec,
  rbacRoleRules,
  rbacBinding,
  networkPolicySpec,
  priorityClassSpec,
  resourceQuotaHard,
];
