import type { ObjectRule, PodRule } from '../validate/rule';
import { staticPodApiReferences } from './api-reference-rule';
import { staticPodEphemeralContainers } from './ephemeral-containers-rule';
import { staticPodKind } from './kind-rule';

/**
 * The kubelet's restrictions for static pods, as pod rules the validation engine can run on
 * Pods meant for a staticPodPath. They apply to Pods only and are not part of the default
 * rule set: a Pod for the API server may use everything they refuse.
 */
export const STATIC_POD_RULES: readonly PodRule[] = [staticPodApiReferences, staticPodEphemeralContainers];

/** The object rule for files in a staticPodPath: Pods only. Not part of the default rule set. */
export const STATIC_POD_OBJECT_RULES: readonly ObjectRule[] = [staticPodKind];
