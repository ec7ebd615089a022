/**
 * Where pod specs live in the built-in kinds: a Pod's own spec, a PodTemplate's
 * template, the pod template of each workload, and a CronJob's job template.
 */
import { getArray, getObject, getString, isObject } from './primitives/access';
import type { KubeObject, PodSite } from './rule';

interface SiteLayout {
  readonly holder: readonly string[];
  readonly isTemplate: boolean;
}

const WORKLOAD_TEMPLATE: SiteLayout = { holder: ['spec', 'template'], isTemplate: true };

/** Pod-bearing kinds by `${apiVersion}/${kind}`, with the path of the object that holds `metadata` and `spec`. */
const LAYOUTS: ReadonlyMap<string, SiteLayout> = new Map([
  ['v1/Pod', { holder: [], isTemplate: false }],
  ['v1/PodTemplate', { holder: ['template'], isTemplate: true }],
  ['v1/ReplicationController', WORKLOAD_TEMPLATE],
  ['apps/v1/Deployment', WORKLOAD_TEMPLATE],
  ['apps/v1/ReplicaSet', WORKLOAD_TEMPLATE],
  ['apps/v1/StatefulSet', WORKLOAD_TEMPLATE],
  ['apps/v1/DaemonSet', WORKLOAD_TEMPLATE],
  ['batch/v1/Job', WORKLOAD_TEMPLATE],
  ['batch/v1/CronJob', { holder: ['spec', 'jobTemplate', 'spec', 'template'], isTemplate: true }],
]);

const LAYOUTS_BY_VERSION = new Map<string, Map<string, SiteLayout>>();
for (const [key, layout] of LAYOUTS) {
  const slash = key.lastIndexOf('/');
  const apiVersion = key.slice(0, slash);
  const kinds = LAYOUTS_BY_VERSION.get(apiVersion) ?? new Map<string, SiteLayout>();
  kinds.set(key.slice(slash + 1), layout);
  LAYOUTS_BY_VERSION.set(apiVersion, kinds);
}

/** True when objects of `apiVersion` and `kind` hold a pod spec. */
export function isPodBearing(apiVersion: string, kind: string): boolean {
  return LAYOUTS_BY_VERSION.get(apiVersion)?.has(kind) === true;
}

/**
 * The pod sites of `object` (of `apiVersion` and `kind`): none for kinds without pods,
 * and none when the template that would hold the pod is absent (the schema layer
 * reports a missing required template).
 */
export function findPodSites(object: KubeObject, apiVersion: string, kind: string): PodSite[] {
  const layout = LAYOUTS_BY_VERSION.get(apiVersion)?.get(kind);
  if (layout === undefined) return [];
  let holder: unknown = object;
  for (const key of layout.holder) {
    holder = getObject(holder, key);
    if (holder === undefined) return [];
  }
  const prefix = layout.holder.join('.');
  let spec = (holder as Record<string, unknown>).spec;
  if (kind === 'StatefulSet') spec = withClaimTemplateVolumes(object, spec);
  return [
    {
      ownerKind: kind,
      specPath: prefix === '' ? 'spec' : `${prefix}.spec`,
      spec,
      metadataPath: prefix === '' ? 'metadata' : `${prefix}.metadata`,
      metadata: (holder as Record<string, unknown>).metadata,
      isTemplate: layout.isTemplate,
    },
  ];
}

/**
 * The pod spec of a StatefulSet as its pods get it: the controller adds one volume per
 * volume claim template (named like the template), so mounts of claim templates resolve.
 * Only templates with a usable name are added, after the declared volumes; the input is
 * not modified (a shallow copy carries the extra volumes).
 */
function withClaimTemplateVolumes(object: KubeObject, spec: unknown): unknown {
  const claims = getArray(getObject(object, 'spec'), 'volumeClaimTemplates');
  if (claims === undefined || claims.length === 0 || !isObject(spec)) return spec;
  const declared = getArray(spec, 'volumes') ?? [];
  const names = new Set<string>();
  for (const volume of declared) {
    const name = getString(volume, 'name');
    if (name !== undefined) names.add(name);
  }
  const added: unknown[] = [];
  for (const claim of claims) {
    const name = getString(getObject(claim, 'metadata'), 'name');
    if (name === undefined || name === '' || names.has(name)) continue;
    names.add(name);
    added.push({ name, persistentVolumeClaim: { claimName: name } });
  }
  if (added.length === 0) return spec;
  return { ...spec, volumes: [...declared, ...added] };
}
