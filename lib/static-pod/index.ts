/**
 * Static pods: Pods written one file each for a kubelet's staticPodPath, and the kubelet's
 * restrictions on them as pod rules the validation engine can run.
 */
export { apiReferences, PREVENT_API_REFERENCES_MINOR, type ApiReference, type ApiReferenceFacet } from './api-references';
export { staticPodApiReferences } from './api-reference-rule';
export { checkStaticPod, type CheckStaticPodOptions, type StaticPodProblem } from './check-static-pod';
export { staticPodEphemeralContainers } from './ephemeral-containers-rule';
export { staticPodKind } from './kind-rule';
export { STATIC_POD_OBJECT_RULES, STATIC_POD_RULES } from './rules';
export { DEFAULT_STATIC_POD_PATH, StaticPodChart, type StaticPodChartProps } from './static-pod-chart';
