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
 *   `onPodConditions` (the rule `job/pod-failure-policy` checks that).
 */

/** `<definition name>.<field>` of the fields above. */
const SCHEMA_ONLY_REQUIRED: ReadonlySet<string> = new Set([
  'api.apps.v1.StatefulSetSpec.serviceName',
  'api.networking.v1.NetworkPolicySpec.podSelector',
  'api.core.v1.Sysctl.value',
  'api.batch.v1.PodFailurePolicyRule.onPodConditions',
]);

/** True when `field` of the definition `typeName` (e.g. `api.core.v1.Sysctl`) is required by the definitions only, not by the API server. */
export function isSchemaOnlyRequired(typeName: string, field: string): boolean {
  return SCHEMA_ONLY_REQUIRED.has(`${typeName}.${field}`);
}
