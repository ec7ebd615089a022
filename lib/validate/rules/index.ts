/**
 * The rule registry: the object rules and the pod-spec rules the engine runs.
 */
import type { ObjectRule, PodRule } from '../rule';
import { OBJECT_RULES } from './object';
import { POD_RULES } from './pod';

/** Every object rule. */
export const ALL_OBJECT_RULES: readonly ObjectRule[] = OBJECT_RULES;

/** Every pod-spec rule (the Pod Security Standards are added per profile by the engine options). */
export const ALL_POD_RULES: readonly PodRule[] = POD_RULES;
