/**
 * The pods of a set of manifests, each with where it comes from: a Pod itself, or the pod
 * template of a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job, CronJob, PodTemplate), read into facts and roles.
 */
import { getObject, getString, isObject } from '../validate/primitives/access';
import { readPodFacts, type PodFacts } from './pod-facts';
import { locatePod } from './pod-locations';
import { inferRoles, type PodRoles } from './roles';

/** An object to describe and where it was read from. */
export interface DescribeInput {
  /** The object, as read. */
  readonly value: unknown;
  /** The file it is in, as the user named it. */
  readonly file: string;
  /** Its document in the file, from 0. */
  readonly documentIndex: number;
}

/** One pod (or pod template) to describe. */
export interface DescribedPod {
  /** The object's kind, e.g. `Pod` or `Deployment`. */
  readonly kind: string;
  /** The object's name (`(no name)` when it has none). */
  readonly name: string;
  /** The object's namespace, if set. */
  readonly namespace?: string;
  /** Whether this is a workload's pod template rather than a Pod. */
  readonly isTemplate: boolean;
  /** The file it was read from. */
  readonly file: string;
  /** Its document in the file, from 0. */
  readonly documentIndex: number;
  /** What the pod holds. */
  readonly facts: PodFacts;
  /** The roles of its containers. */
  readonly roles: PodRoles;
}

/** Every pod and pod template of `inputs`, in input order; objects without pods are skipped. */
export function describePods(inputs: readonly DescribeInput[]): DescribedPod[] {
  const pods: DescribedPod[] = [];
  for (const input of inputs) {
    if (!isObject(input.value)) continue;
    const apiVersion = getString(input.value, 'apiVersion');
    const kind = getString(input.value, 'kind');
    if (apiVersion === undefined || kind === undefined) continue;
    const metadata = getObject(input.value, 'metadata');
    const name = getString(metadata, 'name') ?? getString(metadata, 'generateName') ?? '(no name)';
    const namespace = getString(metadata, 'namespace');
    const site = locatePod(input.value, apiVersion, kind);
    if (site === undefined) continue;
    const facts = readPodFacts(site.spec, site.metadata);
    pods.push({
      kind,
      name,
      ...(namespace ? { namespace } : {}),
      isTemplate: site.isTemplate,
      file: input.file,
      documentIndex: input.documentIndex,
      facts,
      roles: inferRoles(facts),
    });
  }
  return pods;
}
