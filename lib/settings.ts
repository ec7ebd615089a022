import type { IConstruct } from 'constructs';
import { checkSecurityProfile, type SecurityProfile } from './security/security-profile';

/** Pod Security Standards profile names. */
export type PodSecurityProfile = 'baseline' | 'restricted';

/**
 * Settings of an app or a chart: what podsmith checks and which explicit opinions it applies.
 * A chart's settings override its app's, field by field.
 */
export interface PodsmithSettings {
  /**
   * Kubernetes version the output targets, `major.minor` from `1.28` to `1.36`: the schema and
   * rules the validator applies, and version-dependent choices such as native sidecars.
   * @default '1.36'
   */
  readonly kubernetesVersion?: string;
  /**
   * Enforce a Pod Security Standards profile at synth: a pod that does not meet it is an error.
   * @default undefined (not enforced)
   */
  readonly podSecurity?: PodSecurityProfile;
  /**
   * Fill in the security fields a profile requires, in every pod that leaves them unset (an
   * explicit opt-in; a pod overrides it with its own `securityProfile` prop). `restricted`
   * fills in what the Pod Security Standards restricted level requires and validates those
   * pods against that level, so a contradicting value is an error at synth; `none` fills in nothing.
   * @default undefined (no profile: nothing is filled in)
   */
  readonly securityProfile?: SecurityProfile;
  /**
   * Validate every object against the Kubernetes schema and the API server's rules before
   * anything is written.
   * @default true
   */
  readonly validate?: boolean;
}

/** Settings with every default filled in. */
export interface ResolvedSettings {
  /** See {@link PodsmithSettings.kubernetesVersion}. */
  readonly kubernetesVersion: string;
  /**
   * The Pod Security Standards level objects are validated against: {@link PodsmithSettings.podSecurity},
   * raised to `restricted` where the `restricted` security profile is in force.
   */
  readonly podSecurity?: PodSecurityProfile;
  /** See {@link PodsmithSettings.securityProfile}; undefined when no profile (or `none`) is in force. */
  readonly securityProfile?: 'restricted';
  /** See {@link PodsmithSettings.validate}. */
  readonly validate: boolean;
}

/** The newest Kubernetes version podsmith knows; the default target. */
export const DEFAULT_KUBERNETES_VERSION = '1.36';

const SETTINGS = new WeakMap<IConstruct, PodsmithSettings>();

/**
 * Attaches the settings among `props` to a scope (an app or a chart); only settings present
 * in `props` are attached, so a chart overrides just what it names. Used by podsmith's App and Chart.
 */
export function attachSettings(scope: IConstruct, props: PodsmithSettings): void {
  const settings: { -readonly [K in keyof PodsmithSettings]: PodsmithSettings[K] } = {};
  if ('kubernetesVersion' in props) settings.kubernetesVersion = props.kubernetesVersion;
  if ('podSecurity' in props) settings.podSecurity = props.podSecurity;
  if (props.securityProfile !== undefined) {
    checkSecurityProfile(scope, 'securityProfile', props.securityProfile);
    settings.securityProfile = props.securityProfile;
  }
  if ('validate' in props) settings.validate = props.validate;
  SETTINGS.set(scope, settings);
}

/** The settings in force for a construct: the nearest scope's value of each setting, else the default. */
export function settingsOf(construct: IConstruct): ResolvedSettings {
  let kubernetesVersion: string | undefined;
  let podSecurity: PodSecurityProfile | undefined;
  let podSecurityFound = false;
  let validate: boolean | undefined;
  let securityProfile: SecurityProfile | undefined;
  for (const scope of [...construct.node.scopes].reverse()) {
    const settings = SETTINGS.get(scope);
    if (!settings) continue;
    kubernetesVersion ??= settings.kubernetesVersion;
    if (!podSecurityFound && 'podSecurity' in settings) {
      podSecurity = settings.podSecurity;
      podSecurityFound = true;
    }
    validate ??= settings.validate;
    securityProfile ??= settings.securityProfile;
  }
  const resolved = { kubernetesVersion: kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION, podSecurity, validate: validate ?? true };
  return securityProfile === 'restricted' ? { ...resolved, podSecurity: 'restricted', securityProfile } : resolved;
}

/** The minor number of a `1.N` version string, or undefined when it is not one. */
export function minorOf(version: string): number | undefined {
  const match = /^1\.(\d+)$/.exec(version);
  return match ? Number(match[1]) : undefined;
}
