/**
 * The pod-spec rules, run by the engine on every pod site. Owned by the pod rules;
 * the engine reads only this list.
 */
import type { PodRule } from '../../rule';

/** Every pod rule, in reporting order. */
export const POD_RULES: PodRule[] = [];
