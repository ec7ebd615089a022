/**
 * The Pod Security Standards rules of a profile, as pod rules the engine runs on every
 * pod site. The checks themselves live in `pss/`; its `restricted` list holds the restricted
 * checks and the baseline ones they do not replace.
 */
import { PSS_RULES } from './pss';
import type { PodRule } from './rule';

/** The pod rules enforcing `profile`; none when the profile is off. */
export function podSecurityRules(profile: 'baseline' | 'restricted' | undefined): readonly PodRule[] {
  if (profile === undefined) return [];
  return PSS_RULES[profile];
}
