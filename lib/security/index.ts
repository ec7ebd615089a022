/**
 * Security profiles: explicit opt-ins that fill in the security fields a Pod Security
 * Standards level requires, settable once per app or chart and overridable per pod.
 */
export { applyRestrictedProfile } from './restricted-profile';
export { checkSecurityProfile, isSecurityProfile, SECURITY_PROFILES, type SecurityProfile } from './security-profile';
