import type { Finding } from '../../rule';

/**
 * The warning for a field the API server of the target version drops before validation,
 * because its feature gate is off by default there: the field is accepted and ignored.
 * @param subject what is dropped, with its verb, e.g. `resource claims are`
 * @param gate the feature gate, or a description of the feature, e.g. `DynamicResourceAllocation`
 * @param ruleId a more precise rule id than the reporting rule's own @default the rule's id
 */
export function droppedField(subject: string, minor: number, gate: string, fieldPath: string, hint: string, ruleId?: string): Finding {
  const message = `${subject} dropped by Kubernetes 1.${minor}, where ${gate} is off by default`;
  return ruleId === undefined ? { severity: 'warning', fieldPath, message, hint } : { ruleId, severity: 'warning', fieldPath, message, hint };
}
