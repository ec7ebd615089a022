/**
 * `statefulset/volume-claim-templates`: each claim template becomes one
 * PersistentVolumeClaim per pod and a volume of the pods named like the template, so it
 * needs a unique DNS-1123 label name and a valid claim spec: at least one supported
 * access mode (ReadWriteOncePod alone), a positive storage request, a valid storage
 * class and volume attributes class name, volume mode, selector and data sources.
 *
 * Kubernetes 1.34 and later check the claim templates on create; earlier versions accept
 * any, and the controller then fails to create the claims: there the findings are
 * warnings.
 */
import { childPath, indexPath, keyPath } from '../../field-path';
import { getArray, getObject, getString, isObject, isSet } from '../../primitives/access';
import { checkLabelSelector } from '../../primitives/label-selector';
import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { Finding, ObjectRule, RuleContext } from '../../rule';

/** First minor version that validates the claim templates of a new StatefulSet (kubernetes#132212). */
export const CLAIM_TEMPLATES_VALIDATED_SINCE = 34;

const ACCESS_MODES = new Set(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);
const VOLUME_MODES = ['Block', 'Filesystem'];
const ZERO = /^[+-]?(?:0+(?:\.0*)?|\.0+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

function checkAccessModes(spec: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const modes = getArray(spec, 'accessModes') ?? [];
  const modesPath = childPath(path, 'accessModes');
  if (modes.length === 0) {
    ctx.report({ fieldPath: modesPath, message: 'a claim needs at least one access mode', hint: 'set accessModes, e.g. [ReadWriteOnce]' });
  }
  let oncePod = false;
  let other = false;
  for (let i = 0; i < modes.length; i++) {
    const mode = modes[i];
    if (typeof mode !== 'string') continue;
    if (!ACCESS_MODES.has(mode)) {
      ctx.report({ fieldPath: indexPath(modesPath, i), message: `${JSON.stringify(mode)} is not an access mode`, hint: `use one of ${[...ACCESS_MODES].join(', ')}` });
    } else if (mode === 'ReadWriteOncePod') oncePod = true;
    else other = true;
  }
  if (oncePod && other) ctx.report({ fieldPath: modesPath, message: 'ReadWriteOncePod may not be combined with other access modes', hint: 'keep ReadWriteOncePod alone' });
}

function checkStorage(spec: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const storage = getObject(getObject(spec, 'resources'), 'requests')?.storage;
  const storagePath = keyPath(childPath(childPath(path, 'resources'), 'requests'), 'storage');
  if (storage === undefined || storage === null) {
    const source = isSet(spec, 'dataSource') || isSet(spec, 'dataSourceRef');
    ctx.report({
      fieldPath: storagePath,
      message: `a claim needs a storage request${source ? ', even when it is populated from a data source' : ''}`,
      hint: "set resources.requests.storage, e.g. '10Gi'",
    });
  } else if ((typeof storage === 'number' && storage <= 0) || (typeof storage === 'string' && (storage.startsWith('-') || ZERO.test(storage)))) {
    ctx.report({ fieldPath: storagePath, message: `storage request ${JSON.stringify(storage)} must be greater than zero`, hint: "request a positive size, e.g. '10Gi'" });
  }
}

function checkClassName(spec: Record<string, unknown>, field: string, path: string, ctx: RuleContext): void {
  const name = getString(spec, field) ?? '';
  const problem = name === '' ? undefined : checkDns1123Subdomain(name);
  if (problem !== undefined) ctx.report({ fieldPath: childPath(path, field), message: `${field} ${JSON.stringify(name)} ${problem}`, hint: 'name the class by its metadata.name' });
}

function checkDataSource(spec: Record<string, unknown>, field: 'dataSource' | 'dataSourceRef', path: string, ctx: RuleContext): void {
  const source = getObject(spec, field);
  if (source === undefined) return;
  const sourcePath = childPath(path, field);
  for (const required of ['name', 'kind']) {
    if (getString(source, required) === '') ctx.report({ fieldPath: childPath(sourcePath, required), message: `${field}.${required} may not be empty`, hint: 'name the object to populate the claim from' });
  }
  const group = getString(source, 'apiGroup') ?? '';
  const kind = getString(source, 'kind') ?? '';
  if (group === '' && kind !== 'PersistentVolumeClaim') {
    ctx.report({ fieldPath: sourcePath, message: `kind ${JSON.stringify(kind)} without apiGroup: only a PersistentVolumeClaim is in the core group`, hint: "set apiGroup, e.g. 'snapshot.storage.k8s.io' for a VolumeSnapshot" });
  }
  const groupProblem = group === '' ? undefined : checkDns1123Subdomain(group);
  if (groupProblem !== undefined) ctx.report({ fieldPath: childPath(sourcePath, 'apiGroup'), message: `apiGroup ${JSON.stringify(group)} ${groupProblem}`, hint: 'use an API group name' });
  const namespace = field === 'dataSourceRef' ? (getString(source, 'namespace') ?? '') : '';
  const namespaceProblem = namespace === '' ? undefined : checkDns1123Label(namespace);
  if (namespaceProblem !== undefined) ctx.report({ fieldPath: childPath(sourcePath, 'namespace'), message: `namespace ${JSON.stringify(namespace)} ${namespaceProblem}`, hint: 'name an existing namespace' });
}

function checkDataSources(spec: Record<string, unknown>, path: string, ctx: RuleContext): void {
  checkDataSource(spec, 'dataSource', path, ctx);
  checkDataSource(spec, 'dataSourceRef', path, ctx);
  const source = getObject(spec, 'dataSource');
  const ref = getObject(spec, 'dataSourceRef');
  if (source === undefined || ref === undefined) return;
  if ((getString(ref, 'namespace') ?? '') !== '') {
    ctx.report({ fieldPath: path, message: 'dataSource may not be set when dataSourceRef.namespace is set', hint: 'remove dataSource' });
  } else if (getString(source, 'apiGroup') !== getString(ref, 'apiGroup') || getString(source, 'kind') !== getString(ref, 'kind') || getString(source, 'name') !== getString(ref, 'name')) {
    ctx.report({ fieldPath: path, message: 'dataSource must match dataSourceRef', hint: 'set only dataSourceRef, or make both name the same object' });
  }
}

/**
 * Checks a PersistentVolumeClaim spec at `path` as core ValidatePersistentVolumeClaimSpec
 * does for a new claim: access modes, selector, a positive storage request, class names,
 * volume mode and data sources.
 */
export function checkClaimSpec(spec: Record<string, unknown>, path: string, ctx: RuleContext): void {
  checkAccessModes(spec, path, ctx);
  checkLabelSelector(getObject(spec, 'selector'), childPath(path, 'selector'), ctx);
  checkStorage(spec, path, ctx);
  checkClassName(spec, 'storageClassName', path, ctx);
  const mode = getString(spec, 'volumeMode');
  if (mode !== undefined && !VOLUME_MODES.includes(mode)) ctx.report({ fieldPath: childPath(path, 'volumeMode'), message: `${JSON.stringify(mode)} is not a volume mode`, hint: 'use Filesystem or Block' });
  checkDataSources(spec, path, ctx);
  checkClassName(spec, 'volumeAttributesClassName', path, ctx);
}

/** A context that reports everything as a warning: the target version accepts the StatefulSet. */
function warningsOnly(ctx: RuleContext): RuleContext {
  const note = `Kubernetes 1.${ctx.minor} accepts the StatefulSet, but its controller could not create this claim`;
  return { minor: ctx.minor, report: (finding: Finding) => ctx.report({ ...finding, severity: 'warning', message: `${finding.message} (${note})` }) };
}

/** Follows apps ValidateStatefulSetSpec (ValidateVolumeClaimTemplates with core ValidatePersistentVolumeClaimSpec, from Kubernetes 1.34) and the StatefulSet controller's naming of claims and volumes. */
export const statefulSetVolumeClaimTemplates: ObjectRule = {
  id: 'statefulset/volume-claim-templates',
  kinds: ['StatefulSet'],
  check(object, ctx) {
    const templates = getArray(getObject(object, 'spec'), 'volumeClaimTemplates');
    if (templates === undefined) return;
    const out = ctx.minor >= CLAIM_TEMPLATES_VALIDATED_SINCE ? ctx : warningsOnly(ctx);
    const seen = new Map<string, number>();
    for (let i = 0; i < templates.length; i++) {
      const template = templates[i];
      if (!isObject(template)) continue;
      const path = indexPath('spec.volumeClaimTemplates', i);
      const name = getString(getObject(template, 'metadata'), 'name') ?? '';
      const namePath = childPath(childPath(path, 'metadata'), 'name');
      if (name === '') {
        out.report({ fieldPath: namePath, message: 'a volume claim template needs a name (the pods mount it by that name)', hint: "set metadata.name, e.g. 'data'" });
      } else {
        const problem = checkDns1123Label(name);
        if (problem !== undefined) out.report({ fieldPath: namePath, message: `claim template name ${JSON.stringify(name)} is not a DNS-1123 label: it ${problem}`, hint: "use a name like 'data'" });
        const first = seen.get(name);
        if (first !== undefined) out.report({ fieldPath: namePath, message: `claim template name ${JSON.stringify(name)} is already used by template ${first}`, hint: 'give each claim template its own name' });
        else seen.set(name, i);
      }
      const spec = getObject(template, 'spec');
      if (spec === undefined) {
        out.report({ fieldPath: childPath(path, 'spec'), message: 'a volume claim template needs a spec', hint: 'set spec.accessModes and spec.resources.requests.storage' });
        continue;
      }
      checkClaimSpec(spec, childPath(path, 'spec'), out);
    }
  },
};
