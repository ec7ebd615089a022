import type { PodRule } from '../rule';
import { baselineAppArmor } from './baseline-app-armor';
import { baselineCapabilities } from './baseline-capabilities';
import { baselineHostNamespaces } from './baseline-host-namespaces';
import { baselineHostPathVolumes } from './baseline-host-path-volumes';
import { baselineHostPorts } from './baseline-host-ports';
import { baselineHostProbes } from './baseline-host-probes';
import { baselinePrivileged } from './baseline-privileged';
import { baselineProcMount } from './baseline-proc-mount';
import { baselineSeccomp } from './baseline-seccomp';
import { baselineSelinux } from './baseline-selinux';
import { baselineSysctls } from './baseline-sysctls';
import { baselineWindowsHostProcess } from './baseline-windows-host-process';
import { restrictedCapabilities } from './restricted-capabilities';
import { restrictedPrivilegeEscalation } from './restricted-privilege-escalation';
import { restrictedProcMount } from './restricted-proc-mount';
import { restrictedRunAsNonRoot } from './restricted-run-as-non-root';
import { restrictedRunAsUser } from './restricted-run-as-user';
import { restrictedSeccomp } from './restricted-seccomp';
import { restrictedVolumeTypes } from './restricted-volume-types';

const BASELINE: PodRule[] = [
  baselineHostNamespaces,
  baselinePrivileged,
  baselineCapabilities,
  baselineHostPathVolumes,
  baselineHostPorts,
  baselineAppArmor,
  baselineSelinux,
  baselineProcMount,
  baselineSeccomp,
  baselineSysctls,
  baselineWindowsHostProcess,
  baselineHostProbes,
];

const RESTRICTED_ONLY: PodRule[] = [
  restrictedVolumeTypes,
  restrictedPrivilegeEscalation,
  restrictedRunAsNonRoot,
  restrictedRunAsUser,
  restrictedSeccomp,
  restrictedCapabilities,
  restrictedProcMount,
];

/**
 * Baseline checks that a restricted check replaces at the restricted level, as the
 * `OverrideCheckIDs` of pod-security-admission: `restrictedVolumes` replaces
 * `hostPathVolumes`, `seccompProfile_restricted` replaces `seccompProfile_baseline` and
 * `capabilities_restricted` replaces `capabilities_baseline`. Each restricted check forbids
 * everything the baseline one does (except in the Windows pods it exempts, where the API
 * already refuses those fields), so a violation is reported once, by the restricted check.
 * (`procMount_restricted` replaces `procMount` too; {@link restrictedProcMount} reports only
 * what the baseline check lets through, to the same effect.)
 */
export const OVERRIDDEN_AT_RESTRICTED: readonly PodRule[] = [baselineHostPathVolumes, baselineSeccomp, baselineCapabilities];

/**
 * The Pod Security Standards as pod rules, after the checks of pod-security-admission
 * (policy version = the target Kubernetes version). `baseline` holds the baseline checks;
 * `restricted` holds the restricted checks and the baseline ones they do not replace
 * ({@link OVERRIDDEN_AT_RESTRICTED}). Rule ids are `pss/baseline-…` and `pss/restricted-…`;
 * every finding's hint names the field to set.
 */
export const PSS_RULES: { baseline: PodRule[]; restricted: PodRule[] } = {
  baseline: BASELINE,
  restricted: [...BASELINE.filter((rule) => !OVERRIDDEN_AT_RESTRICTED.includes(rule)), ...RESTRICTED_ONLY],
};
