import type { PodRule } from '../../rule';
import { arrayAt, child, has, type JsonRecord, recordAt, stringAt } from './access';
import { siteContainers, specRecord } from './pod-containers';

const WINDOWS_FORBIDDEN_POD_CONTEXT = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'sysctls', 'runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy'];
const WINDOWS_FORBIDDEN_POD_SPEC = ['hostPID', 'hostIPC'];
const WINDOWS_FORBIDDEN_CONTAINER_CONTEXT = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'];

/**
 * Fields the API server drops before validation while their feature is off by default, by
 * the first minor version that keeps them: hostUsers (UserNamespacesSupport),
 * supplementalGroupsPolicy, seLinuxChangePolicy and procMount (ProcMountType): all 1.33.
 */
const FIELD_MINOR: Readonly<Record<string, number>> = { hostUsers: 33, supplementalGroupsPolicy: 33, seLinuxChangePolicy: 33, procMount: 33 };

/** True when the target version keeps `field` (see {@link FIELD_MINOR}). */
function kept(field: string, minor: number): boolean {
  return minor >= (FIELD_MINOR[field] ?? 0);
}

/** An empty `sysctls` list: the server forbids only a non-empty one on Windows. */
function isEmptyList(record: JsonRecord | undefined, field: string): boolean {
  return field === 'sysctls' && arrayAt(record, field)?.length === 0;
}

/**
 * Fields that do not apply to the pod's declared operating system (`spec.os.name`).
 * Follows `validateLinux` (no `windowsOptions` in a Linux pod) and `validateWindows` (no
 * Linux-only security settings and host namespaces in a Windows pod; shareProcessNamespace
 * even when false, sysctls only when not empty; fields the server drops in the target
 * version, such as hostUsers before 1.33, are not there to forbid). Pods without
 * `spec.os` are not checked, as in the API server.
 */
export const osFields: PodRule = {
  id: 'security/os-fields',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const os = stringAt(recordAt(spec, 'os'), 'name');
    if (spec === undefined || (os !== 'linux' && os !== 'windows')) return;
    const podContextPath = child(site.specPath, 'securityContext');
    const podContext = recordAt(spec, 'securityContext');
    const forbid = (fieldPath: string, field: string) => ctx.report({
      fieldPath,
      message: `${field} cannot be set for a ${os} pod`,
      hint: os === 'linux' ? 'remove windowsOptions, or set spec.os.name to windows' : `remove ${field}, or set spec.os.name to linux`,
    });
    if (os === 'linux') {
      if (has(podContext, 'windowsOptions')) forbid(child(podContextPath, 'windowsOptions'), 'windowsOptions');
    } else {
      for (const field of WINDOWS_FORBIDDEN_POD_CONTEXT) if (has(podContext, field) && !isEmptyList(podContext, field) && kept(field, ctx.minor)) forbid(child(podContextPath, field), field);
      if (has(spec, 'hostUsers') && kept('hostUsers', ctx.minor)) forbid(child(site.specPath, 'hostUsers'), 'hostUsers');
      for (const field of WINDOWS_FORBIDDEN_POD_SPEC) if (spec[field] === true) forbid(child(site.specPath, field), field);
      if (has(spec, 'shareProcessNamespace')) forbid(child(site.specPath, 'shareProcessNamespace'), 'shareProcessNamespace');
    }
    const containers = siteContainers(site, ctx.minor).all;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const context = recordAt(container.value, 'securityContext');
      if (context === undefined) continue;
      const contextPath = child(container.path, 'securityContext');
      const fields = os === 'linux' ? ['windowsOptions'] : WINDOWS_FORBIDDEN_CONTAINER_CONTEXT;
      for (const field of fields) if (has(context, field) && kept(field, ctx.minor)) forbid(child(contextPath, field), field);
    }
  },
};
