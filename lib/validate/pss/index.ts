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
 * The Pod Security Standards as pod rules, after the checks of pod-security-admission
 * (policy version = the target Kubernetes version). `baseline` holds the baseline checks;
 * `restricted` holds every check: the baseline ones and the restricted ones. Rule ids are
 * `pss/baseline-…` and `pss/restricted-…`; every finding's hint names the field to set.
 */
export const PSS_RULES: { baseline: PodRule[]; restricted: PodRule[] } = {
  baseline: BASELINE,
  restricted: [...BASELINE, ...RESTRICTED_ONLY],
};
