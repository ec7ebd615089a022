/**
 * Fields the OpenAPI definitions mark as required in some versions while the API
 * server's validation accepts their absence. Strict field validation (what kubectl asks
 * the server for) checks unknown and duplicate fields, not required ones, so for these
 * fields a missing value is a warning, not an error:
 * - StatefulSet `spec.serviceName`: required in the definitions until 1.32, never checked
 *   by `ValidateStatefulSetSpec` (optional in the definitions from 1.33);
 * - NetworkPolicy `spec.podSelector`: required in the definitions until 1.33, an empty
 *   selector (all pods) when absent for `ValidateNetworkPolicySpec`;
 * - a sysctl's `value`: `validateSysctls` checks names only;
 * - a pod failure policy rule's `onPodConditions`: required in the 1.28 definitions,
 *   while `validatePodFailurePolicyRule` asks for exactly one of `onExitCodes` and
 *   `onPodConditions` (the rule `job/pod-failure-policy` checks that);
 * - a pod failure policy's `rules`: `validatePodFailurePolicy` sets no minimum;
 * - an `onPodConditions` pattern's `status`: defaulted to `True` before validation
 *   (required in the definitions until 1.34);
 * - an HTTP header's `value` (probes and handlers): `validateHTTPGetAction` checks names only;
 * - a preferred node scheduling term's `preference`: an empty term is valid for
 *   `validatePreferredSchedulingTerms`;
 * - an iSCSI volume's `lun`: 0 is a valid LUN for `validateISCSIVolumeSource`.
 */

/** `<definition name>.<field>` of the fields above. */
const SCHEMA_ONLY_REQUIRED: ReadonlySet<string> = new Set([
  'api.apps.v1.StatefulSetSpec.serviceName',
  'api.networking.v1.NetworkPolicySpec.podSelector',
  'api.core.v1.Sysctl.value',
  'api.batch.v1.PodFailurePolicyRule.onPodConditions',
  'api.batch.v1.PodFailurePolicy.rules',
  'api.batch.v1.PodFailurePolicyOnPodConditionsPattern.status',
  'api.core.v1.HTTPHeader.value',
  'api.core.v1.PreferredSchedulingTerm.preference',
  'api.core.v1.ISCSIVolumeSource.lun',
]);

/** True when `field` of the definition `typeName` (e.g. `api.core.v1.Sysctl`) is required by the definitions only, not by the API server. */
export function isSchemaOnlyRequired(typeName: string, field: string): boolean {
  return SCHEMA_ONLY_REQUIRED.has(`${typeName}.${field}`);
}
