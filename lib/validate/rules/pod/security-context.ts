import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, boolAt, child, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { siteContainers, specRecord } from './pod-containers';
import { checkAppArmor, checkIds, checkSeccomp } from './security-profiles';

const RULE = 'security/context';
const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
const MAX_SYSCTL = 253;
const FS_GROUP_POLICIES = ['OnRootMismatch', 'Always'];
const SUPPLEMENTAL_GROUPS_POLICIES = ['Merge', 'Strict'];
const SELINUX_CHANGE_POLICIES = ['Recursive', 'MountOption'];
const PROC_MOUNTS = ['Default', 'Unmasked'];
/** First minor version where user namespaces (`hostUsers: false`) are on by default; before, the field is dropped. */
export const USER_NAMESPACES_MINOR = 33;
/**
 * First minor version where `procMount` is on by default (ProcMountType); before, the field
 * is dropped. The gate went beta in 1.31 but stayed off by default until 1.33, like the user
 * namespaces it relies on.
 */
export const PROC_MOUNT_MINOR = 33;
/** First minor version where supplementalGroupsPolicy and seLinuxChangePolicy are on by default. */
const NEWER_POLICIES_MINOR = 33;

/**
 * Pod and container security contexts. Follows `validatePodSpecSecurityContext`,
 * `validateSysctls`, `ValidateHostSysctl`, `validateHostUsers`, `ValidateSecurityContext`,
 * `validateSeccompProfileField` and `ValidateAppArmorProfileField`: user and group IDs
 * from 0 to 2^31-1; sysctl names well formed, unique, and not in the network (IPC)
 * namespace when the pod uses the host's network (IPC); enumerated policies; seccomp and
 * AppArmor profiles with `localhostProfile` only for Localhost; `shareProcessNamespace`
 * not with `hostPID`; `hostUsers: false` not with host namespaces; `procMount: Unmasked`
 * only with `hostUsers: false`; `allowPrivilegeEscalation: false` not with `privileged`
 * or CAP_SYS_ADMIN. Fields whose feature is off by default in the target version (and so
 * dropped by the API server) are not checked: hostUsers and procMount before 1.33,
 * supplementalGroupsPolicy and seLinuxChangePolicy before 1.33.
 */
export const securityContext: PodRule = {
  id: RULE,
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    const podContext = recordAt(spec, 'securityContext');
    const podPath = child(site.specPath, 'securityContext');
    const hostUsers = ctx.minor < USER_NAMESPACES_MINOR || boolAt(spec, 'hostUsers') !== false;
    if (boolAt(spec, 'shareProcessNamespace') === true && boolAt(spec, 'hostPID') === true) {
      ctx.report({ ruleId: RULE, fieldPath: child(site.specPath, 'shareProcessNamespace'), message: 'shareProcessNamespace and hostPID cannot both be enabled', hint: 'keep one of them' });
    }
    if (!hostUsers) {
      for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (boolAt(spec, field) === true) ctx.report({ ruleId: RULE, fieldPath: child(site.specPath, field), message: `${field} cannot be used with hostUsers: false`, hint: `remove ${field}, or remove hostUsers: false` });
      }
    }
    if (podContext !== undefined) {
      checkIds(podContext, podPath, ['runAsUser', 'runAsGroup', 'fsGroup'], ctx);
      const groups = arrayAt(podContext, 'supplementalGroups') ?? [];
      for (let i = 0; i < groups.length; i++) {
        const gid = groups[i];
        if (typeof gid === 'number' && Number.isInteger(gid) && (gid < 0 || gid > 2 ** 31 - 1)) {
          ctx.report({ ruleId: RULE, fieldPath: `${child(podPath, 'supplementalGroups')}[${i}]`, message: `group ID ${gid} must be between 0 and ${2 ** 31 - 1}`, hint: 'use a valid group ID' });
        }
      }
      checkEnum(podContext, podPath, 'fsGroupChangePolicy', FS_GROUP_POLICIES, ctx);
      if (ctx.minor >= NEWER_POLICIES_MINOR) {
        checkEnum(podContext, podPath, 'supplementalGroupsPolicy', SUPPLEMENTAL_GROUPS_POLICIES, ctx);
        checkEnum(podContext, podPath, 'seLinuxChangePolicy', SELINUX_CHANGE_POLICIES, ctx);
      }
      checkSeccomp(podContext, podPath, ctx);
      checkAppArmor(podContext, podPath, ctx);
      checkSysctls(podContext, podPath, boolAt(spec, 'hostNetwork') === true, boolAt(spec, 'hostIPC') === true, ctx);
    }
    const containers = siteContainers(site, ctx.minor).all;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const context = recordAt(container.value, 'securityContext');
      if (context === undefined) continue;
      checkContainerContext(context, child(container.path, 'securityContext'), hostUsers, ctx.minor >= PROC_MOUNT_MINOR, ctx);
    }
  },
};

function checkEnum(context: JsonRecord, path: string, field: string, allowed: readonly string[], ctx: RuleContext): void {
  const value = stringAt(context, field);
  if (value !== undefined && !allowed.includes(value)) {
    ctx.report({ ruleId: RULE, fieldPath: child(path, field), message: `${field} "${value}" is not supported`, hint: `use ${allowed.join(' or ')}` });
  }
}

/**
 * A sysctl name in dotted form (`NormalizeName`): when the first separator is a slash,
 * dots and slashes swap places (`net/ipv4/conf/eno2.100/rp_filter` is
 * `net.ipv4.conf.eno2/100.rp_filter`).
 */
function normalizeSysctl(name: string): string {
  const dot = name.indexOf('.');
  const slash = name.indexOf('/');
  if (slash === -1 || (dot !== -1 && dot < slash)) return name;
  let out = '';
  for (const ch of name) out += ch === '.' ? '/' : ch === '/' ? '.' : ch;
  return out;
}

/** The kernel namespace of a sysctl (`GetNamespace`), read from its dotted form. */
function sysctlNamespace(written: string): 'net' | 'ipc' | undefined {
  const name = normalizeSysctl(written);
  if (name.startsWith('net.')) return 'net';
  if (name.startsWith('kernel.shm') || name.startsWith('kernel.msg') || name === 'kernel.sem' || name.startsWith('fs.mqueue.')) return 'ipc';
  return undefined;
}

function checkSysctls(context: JsonRecord, path: string, hostNetwork: boolean, hostIPC: boolean, ctx: RuleContext): void {
  const seen = new Set<string>();
  for (const { index, value: sysctl } of recordsAt(context, 'sysctls')) {
    const namePath = child(`${child(path, 'sysctls')}[${index}]`, 'name');
    const name = stringAt(sysctl, 'name');
    if (name === '') {
      ctx.report({ ruleId: RULE, fieldPath: namePath, message: 'the sysctl has no name', hint: "set name, e.g. 'net.ipv4.ip_local_port_range'" });
      continue;
    }
    if (name === undefined) continue;
    if (name.length > MAX_SYSCTL || !SYSCTL_NAME.test(name)) {
      ctx.report({ ruleId: RULE, fieldPath: namePath, message: `"${name}" is not a valid sysctl name`, hint: "use dot- or slash-separated lower-case segments, e.g. 'net.ipv4.tcp_syncookies'" });
    } else if (seen.has(name)) {
      ctx.report({ ruleId: RULE, fieldPath: namePath, message: `sysctl "${name}" is set twice`, hint: 'set each sysctl once' });
    }
    seen.add(name);
    const namespace = sysctlNamespace(name);
    if ((namespace === 'net' && hostNetwork) || (namespace === 'ipc' && hostIPC)) {
      const field = namespace === 'net' ? 'hostNetwork' : 'hostIPC';
      ctx.report({ ruleId: RULE, fieldPath: namePath, message: `sysctl "${name}" may not be set when ${field} is true`, hint: `it would change the host's ${namespace === 'net' ? 'network' : 'IPC'} settings: remove it or ${field}` });
    }
  }
}

function checkContainerContext(context: JsonRecord, path: string, hostUsers: boolean, procMountOn: boolean, ctx: RuleContext): void {
  checkIds(context, path, ['runAsUser', 'runAsGroup'], ctx);
  const procMount = stringAt(context, 'procMount');
  if (procMount !== undefined && procMountOn) {
    if (!PROC_MOUNTS.includes(procMount)) {
      ctx.report({ ruleId: RULE, fieldPath: child(path, 'procMount'), message: `procMount "${procMount}" is not supported`, hint: 'use Default or Unmasked' });
    } else if (procMount === 'Unmasked' && hostUsers) {
      ctx.report({ ruleId: RULE, fieldPath: child(path, 'procMount'), message: 'procMount Unmasked needs a user namespace', hint: 'set spec.hostUsers: false, or use procMount Default' });
    }
  }
  checkSeccomp(context, path, ctx);
  checkAppArmor(context, path, ctx);
  if (boolAt(context, 'allowPrivilegeEscalation') !== false) return;
  if (boolAt(context, 'privileged') === true) {
    ctx.report({ ruleId: RULE, fieldPath: path, message: 'allowPrivilegeEscalation is false but privileged is true', hint: 'a privileged container can always escalate: remove privileged or allowPrivilegeEscalation: false' });
  }
  const added = arrayAt(recordAt(context, 'capabilities'), 'add') ?? [];
  if (added.includes('CAP_SYS_ADMIN')) {
    ctx.report({ ruleId: RULE, fieldPath: path, message: 'allowPrivilegeEscalation is false but capabilities.add has CAP_SYS_ADMIN', hint: 'remove CAP_SYS_ADMIN or allowPrivilegeEscalation: false' });
  }
}
