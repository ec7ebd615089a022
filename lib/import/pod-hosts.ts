/**
 * The kinds podsmith has constructs for: a Pod and the workloads that carry a pod template.
 * For each, where the pod spec is and how the object becomes the construct's props, with a
 * pod spec that patterns may have taken containers and volumes out of.
 */
import { isPlainObject, json, object, type Expr, type JsonValue, type ObjectEntry } from './code-model';
import { sameData } from './exact';
import { asRecord, setKeys, without, type JsonRecord } from './json-record';
import { podPropsExpr } from './pod-props';

/** A kind podsmith has a construct for. */
export interface PodHostKind {
  /** The construct's class in podsmith, e.g. `Deployment`. */
  readonly className: string;
  /** The pod spec of an object of this kind, if it has one. */
  podSpec(manifest: JsonRecord): JsonRecord | undefined;
  /**
   * The construct's props, with `podSpec` as the pod spec and `metadata` as the object's
   * metadata; undefined when the object lacks what the construct needs (a template).
   */
  props(manifest: JsonRecord, metadata: JsonRecord | undefined, podSpec: JsonRecord): Expr | undefined;
}

/** The top-level fields a construct writes; others (such as `status`) are added to its output by JSON patches. */
export const OBJECT_FIELDS: readonly string[] = ['apiVersion', 'kind', 'metadata', 'spec'];

function metadataEntry(metadata: JsonRecord | undefined): ObjectEntry[] {
  return metadata !== undefined && setKeys(metadata).length > 0 ? [{ key: 'metadata', value: json(metadata) }] : [];
}

function templateOf(spec: JsonRecord | undefined): JsonRecord | undefined {
  return asRecord(spec?.template);
}

/** The template's props: the same props as a Pod's. */
function templateEntry(template: JsonRecord, podSpec: JsonRecord): ObjectEntry {
  return { key: 'template', value: podPropsExpr(asRecord(template.metadata), podSpec) };
}

/** Whether a selector is the one a workload derives from its template's labels. */
function isDerivedSelector(selector: JsonValue | undefined, template: JsonRecord): boolean {
  const labels = asRecord(asRecord(template.metadata)?.labels);
  if (selector === undefined || !isPlainObject(selector) || labels === undefined || setKeys(labels).length === 0) return false;
  return setKeys(selector).length === 1 && sameData({ matchLabels: labels }, selector);
}

const POD: PodHostKind = {
  className: 'Pod',
  podSpec: (manifest) => asRecord(manifest.spec),
  props: (_manifest, metadata, podSpec) => podPropsExpr(metadata, podSpec),
};

/**
 * A workload with a pod template: every other field as written, except a selector the
 * construct derives from the template's labels (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet), when `derivesSelector`; ReplicationController and Job keep theirs as written.
 */
function templateWorkload(className: string, derivesSelector: boolean): PodHostKind {
  return {
    className,
    podSpec: (manifest) => asRecord(templateOf(asRecord(manifest.spec))?.spec),
    props: (manifest, metadata, podSpec) => {
      const spec = asRecord(manifest.spec);
      const template = templateOf(spec);
      if (spec === undefined || template === undefined) return undefined;
      const derived = derivesSelector && isDerivedSelector(spec.selector, template);
      const fields = without(spec, derived ? ['template', 'selector'] : ['template']);
      return object([...metadataEntry(metadata), ...jsonEntries(fields), templateEntry(template, podSpec)]);
    },
  };
}

const CRON_JOB: PodHostKind = {
  className: 'CronJob',
  podSpec: (manifest) => asRecord(templateOf(asRecord(asRecord(asRecord(manifest.spec)?.jobTemplate)?.spec))?.spec),
  props: (manifest, metadata, podSpec) => {
    const spec = asRecord(manifest.spec);
    const jobTemplate = asRecord(spec?.jobTemplate);
    const jobSpec = asRecord(jobTemplate?.spec);
    const template = templateOf(jobSpec);
    if (spec === undefined || jobTemplate === undefined || jobSpec === undefined || template === undefined) return undefined;
    if (setKeys(jobTemplate).some((key) => key !== 'metadata' && key !== 'spec')) return undefined;
    const jobFields = without(jobSpec, ['template']);
    const jobEntries: ObjectEntry[] = [...metadataEntry(asRecord(jobTemplate.metadata))];
    if (setKeys(jobFields).length > 0) jobEntries.push({ key: 'spec', value: json(jobFields) });
    return object([
      ...metadataEntry(metadata),
      ...jsonEntries(without(spec, ['jobTemplate'])),
      ...(jobEntries.length > 0 ? [{ key: 'jobTemplate', value: object(jobEntries) }] : []),
      templateEntry(template, podSpec),
    ]);
  },
};

function jsonEntries(record: JsonRecord): ObjectEntry[] {
  return setKeys(record).map((key) => ({ key, value: json(record[key]) }));
}

/** The construct for each kind, by `apiVersion/kind`. */
export const POD_HOST_KINDS: ReadonlyMap<string, PodHostKind> = new Map([
  ['v1/Pod', POD],
  ['apps/v1/Deployment', templateWorkload('Deployment', true)],
  ['apps/v1/StatefulSet', templateWorkload('StatefulSet', true)],
  ['apps/v1/DaemonSet', templateWorkload('DaemonSet', true)],
  ['apps/v1/ReplicaSet', templateWorkload('ReplicaSet', true)],
  ['v1/ReplicationController', templateWorkload('ReplicationController', false)],
  ['batch/v1/Job', templateWorkload('Job', false)],
  ['batch/v1/CronJob', CRON_JOB],
]);
