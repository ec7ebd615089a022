/**
 * The public options of the validator, and their resolution into an engine
 * configuration. Bad options are usage errors: they throw at once.
 */

/** Options of {@link createValidator} and {@link validateObjects}. */
export interface ValidateOptions {
  /** Target Kubernetes version 'major.minor', '1.28' to '1.36'. @default '1.36' */
  readonly kubernetesVersion?: string;
  /** Pod Security Standards profile to enforce. @default undefined (off) */
  readonly podSecurity?: 'baseline' | 'restricted';
  /** Unknown kinds (custom resources) are errors instead of info notices. @default false */
  readonly strictKinds?: boolean;
}

/** The Pod Security Standards profiles. */
export const POD_SECURITY_PROFILES: readonly string[] = ['baseline', 'restricted'];

const VERSION_SYNTAX = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;

/**
 * The target version as one of `versions` (`major.minor`); a leading `v` and a patch
 * number are accepted and ignored (`v1.33.2` is `1.33`). The newest version when absent.
 * @throws Error naming the supported versions when the version is malformed or not covered
 */
export function resolveVersion(requested: string | undefined, versions: readonly string[]): string {
  const newest = versions[versions.length - 1];
  if (requested === undefined) return newest;
  const match = typeof requested === 'string' ? VERSION_SYNTAX.exec(requested.trim()) : null;
  const normalized = match === null ? undefined : `${Number(match[1])}.${Number(match[2])}`;
  if (normalized === undefined || !versions.includes(normalized)) {
    throw new Error(
      `unsupported Kubernetes version ${JSON.stringify(requested)}: podsmith validates ${versions[0]} to ${newest} (write it as 'major.minor', e.g. '${newest}')`,
    );
  }
  return normalized;
}

/**
 * The Pod Security Standards profile, checked.
 * @throws Error when the profile is not 'baseline' or 'restricted'
 */
export function resolvePodSecurity(profile: unknown): 'baseline' | 'restricted' | undefined {
  if (profile === undefined) return undefined;
  if (profile === 'baseline' || profile === 'restricted') return profile;
  throw new Error(`unknown Pod Security Standards profile ${JSON.stringify(profile)}: use 'baseline' or 'restricted', or leave it unset`);
}
