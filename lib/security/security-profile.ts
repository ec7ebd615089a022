import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../errors';

/**
 * A security profile: an explicit opt-in set of security fields podsmith fills into every pod
 * that does not set them itself.
 *
 * - `restricted`: the fields the Pod Security Standards `restricted` level requires (see
 *   {@link applyRestrictedProfile}); pods with this profile are also validated against the
 *   `restricted` level, so a value of the user's that contradicts it is an error at synth.
 * - `none`: nothing is filled in; a chart or a pod uses it to opt out of a profile set above it.
 */
export type SecurityProfile = 'restricted' | 'none';

/** Every security profile, in the order they are documented. */
export const SECURITY_PROFILES: readonly SecurityProfile[] = ['restricted', 'none'];

/** Whether `value` names a security profile. */
export function isSecurityProfile(value: unknown): value is SecurityProfile {
  return typeof value === 'string' && (SECURITY_PROFILES as readonly string[]).includes(value);
}

/**
 * Checks a `securityProfile` prop or setting at once: undefined, or one of {@link SECURITY_PROFILES}.
 *
 * @param owner the construct whose props hold the value (named in the error)
 * @param prop where the value sits in the owner's props, e.g. `template.securityProfile`
 * @param value the value as given
 * @throws PodsmithUsageError naming the construct path and the prop when the value is not a profile
 */
export function checkSecurityProfile(owner: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isSecurityProfile(value)) return;
  throw new PodsmithUsageError(
    owner,
    prop,
    `unknown security profile ${JSON.stringify(value)}: use 'restricted' (fill in what the Pod Security Standards restricted level requires) or 'none' (fill in nothing), or leave it unset`,
  );
}
