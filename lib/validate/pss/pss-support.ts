import type { PodRule, PodSite, RuleContext } from '../rule';
import { asRecord, child, type JsonRecord, recordAt, stringAt } from '../rules/pod/access';
import { type PodContainer, siteContainers, specRecord } from '../rules/pod/pod-containers';
import { memoizeOnSite } from '../rules/pod/site-memo';

/** What a Pod Security Standards check sees of one pod spec. */
export interface PssView {
  /** The pod spec. */
  readonly spec: JsonRecord;
  /** Field path of the pod spec. */
  readonly specPath: string;
  /** The pod metadata, when it is an object. */
  readonly metadata: JsonRecord | undefined;
  /** Field path of the pod metadata. */
  readonly metadataPath: string;
  /** Every container: regular, init and ephemeral, as pod-security-admission visits them. */
  readonly containers: readonly PodContainer[];
  /** The pod-level security context, when set. */
  readonly podContext: JsonRecord | undefined;
  /** Field path of the pod-level security context. */
  readonly podContextPath: string;
  /** True when `spec.os.name` is `windows`. */
  readonly windows: boolean;
  /** True when `spec.hostUsers` is false (the pod has its own user namespace). */
  readonly userNamespace: boolean;
  /** Target Kubernetes minor version (the policy version). */
  readonly minor: number;
}

/** The security context of a container, when set. */
export function containerContext(container: PodContainer): JsonRecord | undefined {
  return recordAt(container.value, 'securityContext');
}

/** Field path of a container's security context field, e.g. `spec.containers[0].securityContext.privileged`. */
export function containerContextPath(container: PodContainer, ...fields: string[]): string {
  let path = child(container.path, 'securityContext');
  for (let i = 0; i < fields.length; i++) path = child(path, fields[i]);
  return path;
}

function deriveView(site: PodSite, minor: number): PssView | undefined {
  const spec = specRecord(site.spec);
  if (spec === undefined) return undefined;
  return {
    spec,
    specPath: site.specPath,
    metadata: asRecord(site.metadata),
    metadataPath: site.metadataPath,
    containers: siteContainers(site, minor).all,
    podContext: recordAt(spec, 'securityContext'),
    podContextPath: child(site.specPath, 'securityContext'),
    windows: stringAt(recordAt(spec, 'os'), 'name') === 'windows',
    userNamespace: spec.hostUsers === false,
    minor,
  };
}

/** The view of a site, made once per site and shared by every check (`undefined` when the spec is not an object). */
const pssView = memoizeOnSite(deriveView);

/** Defines a Pod Security Standards check as a {@link PodRule} that reads a {@link PssView}. */
export function pssCheck(id: string, check: (view: PssView, ctx: RuleContext) => void): PodRule {
  return {
    id,
    check(site: PodSite, ctx: RuleContext) {
      const view = pssView(site, ctx.minor);
      if (view !== undefined) check(view, ctx);
    },
  };
}
