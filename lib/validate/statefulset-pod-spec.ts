/**
 * StatefulSet pod templates before Kubernetes 1.34: the API server checked only their
 * labels, annotations and pod-specific annotations (`ValidatePodTemplateSpecForStatefulSet`);
 * the pod spec itself was first validated when the controller created the pods, which
 * the server then rejected. Kubernetes 1.34 validates the pod spec on create
 * (kubernetes#131790). So, before 1.34, podsmith reports the pod rules' errors on a
 * StatefulSet's template as warnings: the StatefulSet is accepted, its pods would not be.
 */
import type { Diagnostic } from './diagnostic';

/** First minor version whose API server validates a StatefulSet's pod spec. */
export const STATEFULSET_POD_SPEC_MINOR = 34;

/**
 * Findings that stay errors: the pod rule the server ran on a StatefulSet's template
 * before 1.34 too (`ValidatePodSpecificAnnotations`), the Pod Security Standards (not
 * the server's validation) and a crashed rule (a bug in podsmith).
 */
function staysError(ruleId: string): boolean {
  return ruleId === 'pod/annotations' || ruleId.startsWith('pss/') || ruleId.startsWith('internal/');
}

/** True when the pod rules' errors on a pod site of `ownerKind` are warnings in Kubernetes 1.`minor`. */
export function defersPodSpecErrors(ownerKind: string, minor: number): boolean {
  return ownerKind === 'StatefulSet' && minor < STATEFULSET_POD_SPEC_MINOR;
}

/** Turns the errors of `out` from `start` on into warnings, saying why (see the module's comment). */
export function deferPodSpecErrors(out: Diagnostic[], start: number, minor: number): void {
  for (let i = start; i < out.length; i++) {
    const diagnostic = out[i];
    if (diagnostic.severity !== 'error' || staysError(diagnostic.ruleId)) continue;
    out[i] = {
      ...diagnostic,
      severity: 'warning',
      message: `${diagnostic.message} (Kubernetes 1.${minor} accepts this in a StatefulSet, whose pod spec it validates only from 1.${STATEFULSET_POD_SPEC_MINOR}, but rejects the pods the StatefulSet creates)`,
    };
  }
}
