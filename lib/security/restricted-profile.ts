import type * as k8s from '../k8s/types.generated';

type JsonRecord = Record<string, unknown>;

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Capabilities that, added to a container, make `allowPrivilegeEscalation: false` invalid. */
const ESCALATING_CAPABILITIES = ['SYS_ADMIN', 'CAP_SYS_ADMIN'];

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record[field]` with `fill` applied: the record itself when the field is set to anything
 * other than an object (the validator reports a wrong type; the profile never replaces a
 * value), else a copy with the field created or completed.
 */
function completeRecord(record: JsonRecord, field: string, fill: (current: JsonRecord) => JsonRecord): JsonRecord {
  const current = record[field];
  if (current !== undefined && !isRecord(current)) return record;
  return { ...record, [field]: fill(current ?? {}) };
}

function withDefault(record: JsonRecord, field: string, value: unknown): JsonRecord {
  return record[field] === undefined ? { ...record, [field]: value } : record;
}

function escalates(context: JsonRecord): boolean {
  if (context.privileged === true) return true;
  const add = isRecord(context.capabilities) ? context.capabilities.add : undefined;
  return Array.isArray(add) && add.some((capability) => ESCALATING_CAPABILITIES.includes(capability as string));
}

function hardenContainer(container: unknown): unknown {
  if (!isRecord(container)) return container;
  return completeRecord(container, 'securityContext', (context) => {
    let result = completeRecord(context, 'capabilities', (capabilities) => withDefault(capabilities, 'drop', ['ALL']));
    // A privileged container (or one given CAP_SYS_ADMIN) cannot set allowPrivilegeEscalation to
    // false; it is left unset so that the restricted checks name the real problem.
    if (!escalates(context)) result = withDefault(result, 'allowPrivilegeEscalation', false);
    return result;
  });
}

/**
 * The pod spec with the fields of the Pod Security Standards `restricted` level that it leaves
 * unset filled in. A field the spec sets is never changed, whatever its value: a value that
 * contradicts the level (`runAsNonRoot: false`, `privileged: true`, an added capability other
 * than `NET_BIND_SERVICE` ...) stays, and the `pss/restricted-*` and `pss/baseline-*` checks
 * report it at synth. Filled in, when unset:
 *
 * - `securityContext.runAsNonRoot: true` on the pod;
 * - `securityContext.seccompProfile: { type: RuntimeDefault }` on the pod (not for a Windows pod, `os.name: windows`);
 * - on every container, init container (native sidecars included) and ephemeral container,
 *   except in a Windows pod: `securityContext.capabilities.drop: [ALL]` (capabilities it adds
 *   are kept) and `securityContext.allowPrivilegeEscalation: false` (not on a privileged
 *   container or one that adds `SYS_ADMIN`, where the API refuses it).
 *
 * Parts that are not objects (a value of the wrong type) are left as they are for the
 * validator to report. The input is not modified.
 *
 * @param spec the pod spec as rendered from the props
 * @returns the spec with the profile's fields filled in
 */
export function applyRestrictedProfile(spec: k8s.PodSpec): k8s.PodSpec {
  const source = spec as unknown as JsonRecord;
  const windows = isRecord(source.os) && source.os.name === 'windows';
  let result = completeRecord(source, 'securityContext', (context) => {
    const nonRoot = withDefault(context, 'runAsNonRoot', true);
    return windows ? nonRoot : withDefault(nonRoot, 'seccompProfile', { type: 'RuntimeDefault' });
  });
  if (!windows) {
    for (const list of CONTAINER_LISTS) {
      const containers = result[list];
      if (Array.isArray(containers)) result = { ...result, [list]: containers.map(hardenContainer) };
    }
  }
  return result as unknown as k8s.PodSpec;
}
