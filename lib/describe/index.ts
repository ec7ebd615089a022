/**
 * `podsmith describe`: what one wants to know about each pod before deploying it, as text
 * laid out like `kubectl describe`, as a Mermaid flowchart, or as an SVG picture.
 */
export { describePods, type DescribedPod, type DescribeInput } from './described-pod';
export { describeMermaid, podFlowchart } from './mermaid';
export { readPodFacts, type ContainerFact, type MountFact, type PodFacts, type PortFact, type VolumeFact } from './pod-facts';
export { describeRole, inferRoles, type LocalLink, type PodRoles, type Role, type RoleKind } from './roles';
export { podSvg, svgFileName } from './svg';
export { describePodText, describeText } from './text-layout';
