import type { RuleContext } from '../../rule';
import { child, has, intAt, type JsonRecord, presentKeys, recordAt, recordsAt, stringAt } from './access';
import { checkDivisor, checkResourceField } from './downward-api';
import { checkFieldRef } from './env';
import { checkEphemeralClaimTemplate } from './ephemeral-claim-template';
import { checkLegacyVolumeSource } from './legacy-volume-sources';
import { checkLocalDescendingPath, checkLocalNonReservedPath, hasBacksteps, isFileMode } from './paths';
import { isNegative, readQuantity } from './resource-quantity';

const HOST_PATH_TYPES = ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'];
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 2 ** 32;

/**
 * Reports a required field that is empty, or missing when the schema does not mark it
 * required (`schemaRequired`: the schema layer reports it missing).
 */
function requireString(source: JsonRecord, field: string, sourcePath: string, ctx: RuleContext, hint: string, schemaRequired = true): void {
  const value = stringAt(source, field);
  if (value === '' || (value === undefined && !schemaRequired && !has(source, field))) {
    ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, field), message: `${field} is required`, hint });
  }
}

function checkMode(record: JsonRecord, field: string, path: string, ctx: RuleContext): void {
  const mode = intAt(record, field);
  if (mode !== undefined && !isFileMode(mode)) {
    ctx.report({ ruleId: 'volume/file-mode', fieldPath: child(path, field), message: `${field} ${mode} is not a file mode between 0 and 0777 octal (511 decimal)`, hint: 'write the mode in decimal in JSON (e.g. 420 for 0644) or as 0644 in YAML' });
  }
}

function checkPath(record: JsonRecord, field: string, path: string, ctx: RuleContext): string | undefined {
  const value = stringAt(record, field);
  if (value === undefined) return undefined;
  if (value === '') {
    ctx.report({ ruleId: 'volume/item-path', fieldPath: child(path, field), message: `${field} is required`, hint: "set a relative file name such as 'config.yaml'" });
    return undefined;
  }
  const problem = checkLocalNonReservedPath(value);
  if (problem !== undefined) ctx.report({ ruleId: 'volume/item-path', fieldPath: child(path, field), message: problem, hint: 'use a relative path inside the volume' });
  return value;
}

function checkKeyToPaths(source: JsonRecord, sourcePath: string, ctx: RuleContext, paths?: Set<string>): void {
  for (const { index, value: item } of recordsAt(source, 'items')) {
    const itemPath = `${child(sourcePath, 'items')}[${index}]`;
    requireString(item, 'key', itemPath, ctx, 'set the key to project');
    const file = checkPath(item, 'path', itemPath, ctx);
    checkMode(item, 'mode', itemPath, ctx);
    trackPath(file, paths, itemPath, ctx);
  }
}

function trackPath(file: string | undefined, paths: Set<string> | undefined, itemPath: string, ctx: RuleContext): void {
  if (file === undefined || paths === undefined) return;
  if (paths.has(file)) {
    ctx.report({ ruleId: 'volume/item-path', fieldPath: itemPath, message: `path "${file}" is projected twice`, hint: 'give every projected file its own path' });
  }
  paths.add(file);
}

/**
 * A downwardAPI volume file's `resourceFieldRef` (`validateContainerResourceFieldSelector`
 * for volumes): a containerName, else a resource (not looked at without a containerName),
 * one the downward API exposes; and a divisor that fits the resource
 * (`validateContainerResourceDivisor`).
 */
function checkVolumeResourceRef(resourceRef: JsonRecord, refPath: string, ctx: RuleContext): void {
  const resource = stringAt(resourceRef, 'resource');
  const containerName = stringAt(resourceRef, 'containerName');
  if (containerName === '' || (containerName === undefined && !has(resourceRef, 'containerName'))) {
    ctx.report({ ruleId: 'volume/source', fieldPath: child(refPath, 'containerName'), message: 'containerName is required', hint: 'name the container whose resources to expose' });
  } else if (resource === '') {
    ctx.report({ ruleId: 'volume/source', fieldPath: child(refPath, 'resource'), message: 'resource is required', hint: "e.g. 'limits.memory'" });
  } else if (resource !== undefined) {
    const problem = checkResourceField(resource);
    if (problem !== undefined) ctx.report({ ruleId: 'volume/source', fieldPath: child(refPath, 'resource'), message: problem, hint: "e.g. 'limits.memory'" });
  }
  const divisorProblem = resource === undefined ? undefined : checkDivisor(resource, resourceRef.divisor);
  if (divisorProblem !== undefined) ctx.report({ ruleId: 'volume/source', fieldPath: child(refPath, 'divisor'), message: divisorProblem, hint: "e.g. '1Mi' for memory, '1m' for cpu" });
}

function checkDownwardItems(source: JsonRecord, sourcePath: string, ctx: RuleContext, paths?: Set<string>): void {
  for (const { index, value: item } of recordsAt(source, 'items')) {
    const itemPath = `${child(sourcePath, 'items')}[${index}]`;
    trackPath(checkPath(item, 'path', itemPath, ctx), paths, itemPath, ctx);
    const fieldRef = recordAt(item, 'fieldRef');
    const resourceRef = recordAt(item, 'resourceFieldRef');
    if (fieldRef !== undefined && resourceRef !== undefined) {
      ctx.report({ ruleId: 'volume/source', fieldPath: itemPath, message: 'fieldRef and resourceFieldRef are both set', hint: 'keep one of them' });
    } else if (fieldRef !== undefined) {
      checkFieldRef(fieldRef, child(itemPath, 'fieldRef'), ctx, 'volume');
    } else if (resourceRef !== undefined) {
      checkVolumeResourceRef(resourceRef, child(itemPath, 'resourceFieldRef'), ctx);
    } else if (!has(item, 'fieldRef') && !has(item, 'resourceFieldRef')) {
      ctx.report({ ruleId: 'volume/source', fieldPath: itemPath, message: 'the item has neither fieldRef nor resourceFieldRef', hint: 'set one of fieldRef or resourceFieldRef' });
    }
    checkMode(item, 'mode', itemPath, ctx);
  }
}

/**
 * Checks the fields of one volume source (`validateVolumeSource` and the per-type
 * validators); `volumePath` and `volumeName` are those of the volume that holds it.
 */
export function checkVolumeSource(kind: string, source: JsonRecord, sourcePath: string, ctx: RuleContext, volumePath = '', volumeName?: string): void {
  switch (kind) {
    case 'emptyDir': {
      const raw = source.sizeLimit;
      if (raw === undefined || raw === null) return;
      const size = readQuantity(raw);
      if (size !== undefined && isNegative(size)) {
        ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'sizeLimit'), message: `sizeLimit "${String(raw)}" must not be negative`, hint: "e.g. '500Mi'" });
      }
      return;
    }
    case 'hostPath': {
      const path = stringAt(source, 'path');
      requireString(source, 'path', sourcePath, ctx, 'set the absolute path on the node');
      if (path !== undefined && hasBacksteps(path)) ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'path'), message: `"${path}" must not contain '..'`, hint: 'write the path without ..' });
      const type = stringAt(source, 'type');
      if (type !== undefined && !HOST_PATH_TYPES.includes(type)) {
        ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'type'), message: `hostPath type "${type}" is not supported`, hint: `use one of ${HOST_PATH_TYPES.filter((t) => t !== '').join(', ')}` });
      }
      return;
    }
    case 'secret':
      requireString(source, 'secretName', sourcePath, ctx, 'name the Secret to mount', false);
      checkMode(source, 'defaultMode', sourcePath, ctx);
      checkKeyToPaths(source, sourcePath, ctx);
      return;
    case 'configMap':
      requireString(source, 'name', sourcePath, ctx, 'name the ConfigMap to mount', false);
      checkMode(source, 'defaultMode', sourcePath, ctx);
      checkKeyToPaths(source, sourcePath, ctx);
      return;
    case 'persistentVolumeClaim':
      requireString(source, 'claimName', sourcePath, ctx, 'name the PersistentVolumeClaim to mount');
      return;
    case 'nfs': {
      requireString(source, 'server', sourcePath, ctx, 'set the NFS server address');
      const path = stringAt(source, 'path');
      if (path !== undefined && !path.startsWith('/')) ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'path'), message: `nfs path "${path}" must be an absolute path`, hint: "e.g. '/exports/data'" });
      return;
    }
    case 'gitRepo': {
      requireString(source, 'repository', sourcePath, ctx, 'set the repository URL');
      const directory = stringAt(source, 'directory');
      const problem = directory === undefined ? undefined : checkLocalDescendingPath(directory);
      if (problem !== undefined) ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'directory'), message: problem, hint: 'use a relative directory name' });
      return;
    }
    case 'ephemeral': {
      const template = recordAt(source, 'volumeClaimTemplate');
      if (template !== undefined) checkEphemeralClaimTemplate(template, child(sourcePath, 'volumeClaimTemplate'), ctx);
      else if (!has(source, 'volumeClaimTemplate')) ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, 'volumeClaimTemplate'), message: 'volumeClaimTemplate is required', hint: 'describe the claim to create for the pod' });
      return;
    }
    case 'downwardAPI':
      checkMode(source, 'defaultMode', sourcePath, ctx);
      checkDownwardItems(source, sourcePath, ctx);
      return;
    case 'projected':
      checkMode(source, 'defaultMode', sourcePath, ctx);
      checkProjected(source, sourcePath, ctx);
      return;
    default:
      checkLegacyVolumeSource(kind, source, sourcePath, volumePath, volumeName, ctx);
  }
}

const PROJECTIONS = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle'];
const PROJECTIONS_WITHOUT_TRUST_BUNDLES = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken'];
/**
 * First minor version where clusterTrustBundle projections are on by default
 * (ClusterTrustBundleProjection GA); before, the server drops them unchecked
 * (`dropDisabledClusterTrustBundleProjection`): alpha from 1.29, beta but off from 1.33.
 */
const TRUST_BUNDLE_PROJECTION_MINOR = 37;

function checkProjected(source: JsonRecord, sourcePath: string, ctx: RuleContext): void {
  const paths = new Set<string>();
  const projections = ctx.minor >= TRUST_BUNDLE_PROJECTION_MINOR ? PROJECTIONS : PROJECTIONS_WITHOUT_TRUST_BUNDLES;
  for (const { index: i, value: projection } of recordsAt(source, 'sources')) {
    const projectionPath = `${child(sourcePath, 'sources')}[${i}]`;
    const present = presentKeys(projection, projections);
    if (present.length > 1) ctx.report({ ruleId: 'volume/source', fieldPath: projectionPath, message: `the projection sets ${present.join(' and ')}, but may only have one source`, hint: 'split them into separate entries of sources' });
    for (const kind of present) {
      const body = recordAt(projection, kind);
      if (body === undefined) continue;
      const bodyPath = child(projectionPath, kind);
      if (kind === 'secret' || kind === 'configMap') {
        requireString(body, 'name', bodyPath, ctx, `name the ${kind === 'secret' ? 'Secret' : 'ConfigMap'} to project`, false);
        checkKeyToPaths(body, bodyPath, ctx, paths);
      } else if (kind === 'downwardAPI') {
        checkDownwardItems(body, bodyPath, ctx, paths);
      } else if (kind === 'serviceAccountToken') {
        const seconds = intAt(body, 'expirationSeconds');
        if (seconds !== undefined && (seconds < MIN_TOKEN_SECONDS || seconds > MAX_TOKEN_SECONDS)) {
          ctx.report({ ruleId: 'volume/source', fieldPath: child(bodyPath, 'expirationSeconds'), message: `expirationSeconds ${seconds} must be between 600 (10 minutes) and 2^32`, hint: 'use at least 600 seconds; 3600 is the default' });
        }
        checkPath(body, 'path', bodyPath, ctx); // a token's path is not compared with the others
      } else {
        trackPath(checkPath(body, 'path', bodyPath, ctx), paths, bodyPath, ctx);
        const byName = has(body, 'name');
        const bySigner = has(body, 'signerName');
        if (byName === bySigner) ctx.report({ ruleId: 'volume/source', fieldPath: bodyPath, message: byName ? 'name and signerName are both set' : 'neither name nor signerName is set', hint: 'set exactly one of name or signerName' });
        else if (byName && has(body, 'labelSelector')) ctx.report({ ruleId: 'volume/source', fieldPath: child(bodyPath, 'labelSelector'), message: 'labelSelector is set with name', hint: 'a labelSelector selects bundles of a signerName; remove it' });
        else requireString(body, byName ? 'name' : 'signerName', bodyPath, ctx, byName ? 'name the ClusterTrustBundle' : 'name the signer');
      }
    }
  }
}
