import { qualifiedNameProblem } from '../../primitives/fast-names';
import { checkDns1123Subdomain } from '../../primitives/names';
import type { RuleContext } from '../../rule';
import { arrayAt, child, has, type JsonRecord, key, recordAt, stringAt } from './access';
import { checkLabelMap, checkLabelSelector } from './label-checks';
import { isNegative, readQuantity } from './resource-quantity';

const RULE = 'volume/source';
const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
/** The metadata fields a claim template may set (`allowedTemplateObjectMetaFields`). */
const TEMPLATE_META_FIELDS = new Set(['labels', 'annotations']);

/** True for a JSON value Go would decode to its zero value (unset, empty string, 0, false, empty list or map). */
function isZero(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function checkMetadata(metadata: JsonRecord, path: string, ctx: RuleContext): void {
  for (const field of Object.keys(metadata)) {
    if (!TEMPLATE_META_FIELDS.has(field) && !isZero(metadata[field])) {
      ctx.report({ ruleId: RULE, fieldPath: child(path, field), message: `${field} cannot be set in a volume claim template`, hint: 'only labels and annotations are used; the claim is named <pod>-<volume>' });
    }
  }
  checkLabelMap(recordAt(metadata, 'labels'), child(path, 'labels'), RULE, ctx);
  const annotations = recordAt(metadata, 'annotations');
  for (const name of annotations === undefined ? [] : Object.keys(annotations)) {
    const problem = qualifiedNameProblem(name.toLowerCase());
    if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: key(child(path, 'annotations'), name), message: `annotation key "${name}" ${problem}`, hint: "use a key such as 'example.com/owner'" });
  }
}

function checkAccessModes(spec: JsonRecord, path: string, ctx: RuleContext): void {
  const modes = arrayAt(spec, 'accessModes') ?? [];
  const modesPath = child(path, 'accessModes');
  if (modes.length === 0) ctx.report({ ruleId: RULE, fieldPath: modesPath, message: 'at least one access mode is required', hint: 'set accessModes, e.g. [ReadWriteOnce]' });
  let oncePod = false;
  let other = false;
  for (let i = 0; i < modes.length; i++) {
    const mode = modes[i];
    if (typeof mode !== 'string') continue;
    if (!ACCESS_MODES.includes(mode)) ctx.report({ ruleId: RULE, fieldPath: `${modesPath}[${i}]`, message: `access mode "${mode}" is not supported`, hint: `use one of ${ACCESS_MODES.join(', ')}` });
    else if (mode === 'ReadWriteOncePod') oncePod = true;
    else other = true;
  }
  if (oncePod && other) ctx.report({ ruleId: RULE, fieldPath: modesPath, message: 'ReadWriteOncePod cannot be combined with other access modes', hint: 'keep ReadWriteOncePod alone' });
}

function checkStorage(spec: JsonRecord, path: string, ctx: RuleContext): void {
  const raw = recordAt(recordAt(spec, 'resources'), 'requests')?.storage;
  const storagePath = key(child(child(path, 'resources'), 'requests'), 'storage');
  if (raw === undefined || raw === null) {
    ctx.report({ ruleId: RULE, fieldPath: storagePath, message: 'a storage request is required', hint: "set resources.requests.storage, e.g. '1Gi'" });
    return;
  }
  const size = readQuantity(raw);
  if (size !== undefined && (isNegative(size) || size.numerator === 0n)) {
    ctx.report({ ruleId: RULE, fieldPath: storagePath, message: `storage request "${String(raw)}" must be greater than zero`, hint: "request a positive size, e.g. '1Gi'" });
  }
}

function checkDataSource(spec: JsonRecord, field: string, path: string, ctx: RuleContext): void {
  const source = recordAt(spec, field);
  if (source === undefined) return;
  const sourcePath = child(path, field);
  for (const required of ['name', 'kind']) {
    if ((stringAt(source, required) ?? '') === '') ctx.report({ ruleId: RULE, fieldPath: child(sourcePath, required), message: `${field}.${required} is required`, hint: 'name the object to populate the claim from' });
  }
  const group = stringAt(source, 'apiGroup') ?? '';
  const kind = stringAt(source, 'kind') ?? '';
  if (group === '' && kind !== '' && kind !== 'PersistentVolumeClaim') {
    ctx.report({ ruleId: RULE, fieldPath: sourcePath, message: `kind "${kind}" without apiGroup: only a PersistentVolumeClaim is in the core group`, hint: "set apiGroup, e.g. 'snapshot.storage.k8s.io' for a VolumeSnapshot" });
  }
  const problem = group === '' ? undefined : checkDns1123Subdomain(group);
  if (problem !== undefined && field === 'dataSourceRef') ctx.report({ ruleId: RULE, fieldPath: child(sourcePath, 'apiGroup'), message: `apiGroup "${group}" ${problem}`, hint: 'use an API group name' });
}

/**
 * Checks the claim template of an ephemeral volume (`ValidatePersistentVolumeClaimTemplate`):
 * metadata with labels and annotations only, and the claim spec
 * (`ValidatePersistentVolumeClaimSpec`): access modes, a positive storage request, storage
 * class name, volume mode, selector and data sources.
 */
export function checkEphemeralClaimTemplate(template: JsonRecord, path: string, ctx: RuleContext): void {
  const metadata = recordAt(template, 'metadata');
  if (metadata !== undefined) checkMetadata(metadata, child(path, 'metadata'), ctx);
  const spec = recordAt(template, 'spec');
  if (spec === undefined) return;
  const specPath = child(path, 'spec');
  checkAccessModes(spec, specPath, ctx);
  checkLabelSelector(recordAt(spec, 'selector'), child(specPath, 'selector'), RULE, ctx);
  checkStorage(spec, specPath, ctx);
  const className = stringAt(spec, 'storageClassName') ?? '';
  const classProblem = className === '' ? undefined : checkDns1123Subdomain(className);
  if (classProblem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(specPath, 'storageClassName'), message: `storageClassName "${className}" ${classProblem}`, hint: 'name a StorageClass by its metadata.name' });
  const mode = stringAt(spec, 'volumeMode');
  if (mode !== undefined && !VOLUME_MODES.includes(mode)) ctx.report({ ruleId: RULE, fieldPath: child(specPath, 'volumeMode'), message: `volumeMode "${mode}" is not supported`, hint: 'use Filesystem or Block' });
  checkDataSource(spec, 'dataSource', specPath, ctx);
  if (has(spec, 'dataSourceRef')) checkDataSource(spec, 'dataSourceRef', specPath, ctx);
}
