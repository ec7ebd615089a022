import { checkDns1123Subdomain } from '../../primitives/names';
import { checkObjectName } from '../../primitives/object-names';
import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, child, has, isRecord, type JsonRecord, presentKeys, recordAt, recordsAt, stringAt } from './access';
import { checkDivisor, checkFieldPath, checkResourceField, isSubscriptedFieldPath } from './downward-api';
import { checkConfigMapKey, checkEnvVarName } from './env-names';
import { describeContainer, itemPath, type PodContainer, siteContainers, specRecord } from './pod-containers';
import { volumeSource } from './volumes';

const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'];
/** The sources of `valueFrom` once `fileKeyRef` is on (EnvFiles). */
const VALUE_SOURCES_WITH_FILE = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];
/**
 * First minor version where EnvFiles is on by default (beta): `valueFrom.fileKeyRef` reads
 * a key of an env file in an emptyDir volume. In 1.34 (alpha, off) the server drops it.
 */
export const ENV_FILES_MINOR = 35;
/** First minor version with `valueFrom.fileKeyRef` in the API (EnvFiles alpha, off by default). */
const ENV_FILES_FIELD_MINOR = 34;
const ENV_FROM_SOURCES = ['configMapRef', 'secretRef'];

/**
 * Environment variables of every container. Follows `ValidateEnv`,
 * `validateEnvVarValueFrom`, `validateObjectFieldSelector`,
 * `validateContainerResourceFieldSelector`, `validateConfigMapKeySelector`,
 * `validateSecretKeySelector` and `ValidateEnvFrom`:
 * names required with the version's syntax, `value` and `valueFrom` exclusive, exactly one
 * `valueFrom` source, supported downward API paths and resources, valid key names and
 * object names; from 1.35 (EnvFiles) a `fileKeyRef` source with a volumeName naming an
 * emptyDir volume of the pod, a path and a key; `envFrom` with a valid prefix and exactly
 * one source. A name defined again is a warning when the later definition hides the
 * earlier one, as in the API server's warnings (`pkg/api/pod/warnings.go`).
 */
export const env: PodRule = {
  id: 'env/values',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    const volumes: VolumeLookup = { spec: site.spec };
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      checkVariables(container, volumes, ctx);
      const sources = arrayAt(container.value, 'envFrom');
      if (sources === undefined) continue;
      for (let index = 0; index < sources.length; index++) {
        const source = sources[index];
        if (isRecord(source)) checkEnvFrom(source, `${child(container.path, 'envFrom')}[${index}]`, ctx);
      }
    }
  },
};

/** The pod's volumes by name with their source, read on first use. */
interface VolumeLookup {
  readonly spec: unknown;
  sources?: Map<string, string>;
}

function volumeSources(lookup: VolumeLookup): Map<string, string> {
  if (lookup.sources !== undefined) return lookup.sources;
  const sources = new Map<string, string>();
  for (const { value: volume } of recordsAt(specRecord(lookup.spec), 'volumes')) {
    const name = stringAt(volume, 'name');
    // A volume without a source is defaulted to an emptyDir.
    if (name !== undefined && name !== '' && !sources.has(name)) sources.set(name, volumeSource(volume) ?? 'emptyDir');
  }
  lookup.sources = sources;
  return sources;
}

/**
 * Whether a second definition of `name` hides the first, as the API server's warning
 * decides: it does when it takes its value from `valueFrom`, is exactly `$(NAME)`, or does
 * not refer to `$(NAME)` (a value such as `$(PATH):/opt/bin` extends the first instead).
 */
function hidesPrevious(variable: JsonRecord, name: string): boolean {
  if (has(variable, 'valueFrom') && variable.valueFrom !== null) return true;
  const value = stringAt(variable, 'value') ?? '';
  const ref = `$(${name})`;
  return value === ref || !value.includes(ref);
}

/** Checks the `env` entries of one container. */
function checkVariables(container: PodContainer, volumes: VolumeLookup, ctx: RuleContext): void {
  const variables = arrayAt(container.value, 'env');
  if (variables === undefined) return;
  const seen = new Map<string, number>();
  for (let index = 0; index < variables.length; index++) {
    const variable = variables[index];
    if (!isRecord(variable)) continue;
    const name = stringAt(variable, 'name');
    if (name === undefined || name === '') {
      if (name === '') {
        ctx.report({ ruleId: 'env/name', fieldPath: itemPath(container, 'env', index, 'name'), message: `an environment variable of ${describeContainer(container)} has no name`, hint: "set name, e.g. 'LOG_LEVEL'" });
      }
    } else {
      const problem = checkEnvVarName(name, ctx.minor);
      if (problem !== undefined) {
        ctx.report({ ruleId: 'env/name', fieldPath: itemPath(container, 'env', index, 'name'), message: `environment variable name "${name}" ${problem}`, hint: "use letters, digits and '_', e.g. 'LOG_LEVEL'" });
      }
      const first = seen.get(name);
      if (first !== undefined && hidesPrevious(variable, name)) {
        ctx.report({ ruleId: 'env/duplicate-name', severity: 'warning', fieldPath: itemPath(container, 'env', index), message: `"${name}" is defined again, hiding ${itemPath(container, 'env', first)}`, hint: 'define each variable once; only the last definition takes effect' });
      } else if (first === undefined) {
        seen.set(name, index);
      }
    }
    const valueFrom = recordAt(variable, 'valueFrom');
    if (valueFrom !== undefined) checkValueFrom(variable, valueFrom, itemPath(container, 'env', index, 'valueFrom'), volumes, ctx);
  }
}

function checkValueFrom(variable: JsonRecord, valueFrom: JsonRecord, path: string, volumes: VolumeLookup, ctx: RuleContext): void {
  const envFiles = ctx.minor >= ENV_FILES_MINOR;
  const sources = presentKeys(valueFrom, envFiles ? VALUE_SOURCES_WITH_FILE : VALUE_SOURCES);
  const value = stringAt(variable, 'value');
  if (sources.length === 0) {
    const dropped = !envFiles && ctx.minor >= ENV_FILES_FIELD_MINOR && has(valueFrom, 'fileKeyRef');
    ctx.report({
      ruleId: 'env/value-from',
      fieldPath: path,
      message: dropped ? `valueFrom names no source once Kubernetes 1.${ctx.minor} drops fileKeyRef (EnvFiles is off by default before 1.35)` : 'valueFrom names no source',
      hint: envFiles ? 'set exactly one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef or fileKeyRef' : 'set exactly one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
    });
    return;
  }
  if (value !== undefined && value !== '') {
    ctx.report({ ruleId: 'env/value-from', fieldPath: path, message: 'value and valueFrom are both set', hint: 'keep either the literal value or valueFrom' });
  } else if (sources.length > 1) {
    ctx.report({ ruleId: 'env/value-from', fieldPath: path, message: `valueFrom sets ${sources.join(' and ')}, but may only have one source`, hint: 'keep one source' });
  }
  const fieldRef = recordAt(valueFrom, 'fieldRef');
  if (fieldRef !== undefined) checkFieldRef(fieldRef, child(path, 'fieldRef'), ctx);
  const fileRef = envFiles ? recordAt(valueFrom, 'fileKeyRef') : undefined;
  if (fileRef !== undefined) checkFileKeyRef(fileRef, child(path, 'fileKeyRef'), volumes, ctx);
  const resourceRef = recordAt(valueFrom, 'resourceFieldRef');
  if (resourceRef !== undefined) {
    const refPath = child(path, 'resourceFieldRef');
    const resource = stringAt(resourceRef, 'resource');
    if (resource === undefined || resource === '') {
      if (resource === '') ctx.report({ ruleId: 'env/resource-field-ref', fieldPath: child(refPath, 'resource'), message: 'resourceFieldRef has no resource', hint: "set resource, e.g. 'limits.memory'" });
    } else {
      const resourceProblem = checkResourceField(resource);
      if (resourceProblem !== undefined) {
        ctx.report({ ruleId: 'env/resource-field-ref', fieldPath: child(refPath, 'resource'), message: resourceProblem, hint: "e.g. resource: 'limits.memory', divisor: '1Mi'" });
      } else {
        const divisorProblem = checkDivisor(resource, resourceRef.divisor);
        if (divisorProblem !== undefined) ctx.report({ ruleId: 'env/resource-field-ref', fieldPath: child(refPath, 'divisor'), message: divisorProblem, hint: "e.g. resource: 'limits.memory', divisor: '1Mi'" });
      }
    }
  }
  for (const kind of ['configMapKeyRef', 'secretKeyRef']) {
    const ref = recordAt(valueFrom, kind);
    if (ref === undefined) continue;
    const refPath = child(path, kind);
    const name = stringAt(ref, 'name') ?? (has(ref, 'name') ? undefined : '');
    if (name !== undefined) {
      const problem = name === '' ? 'is required' : checkDns1123Subdomain(name);
      if (problem !== undefined) ctx.report({ ruleId: 'env/key-ref', fieldPath: child(refPath, 'name'), message: `${kind === 'configMapKeyRef' ? 'ConfigMap' : 'Secret'} name ${name === '' ? '' : `"${name}" `}${problem}`, hint: 'name an existing object by its metadata.name' });
    }
    const key = stringAt(ref, 'key');
    if (key === undefined || key === '') {
      if (key === '') ctx.report({ ruleId: 'env/key-ref', fieldPath: child(refPath, 'key'), message: `${kind} has no key`, hint: 'set key to the entry to read' });
    } else {
      const problem = checkConfigMapKey(key);
      if (problem !== undefined) ctx.report({ ruleId: 'env/key-ref', fieldPath: child(refPath, 'key'), message: `key "${key}" ${problem}`, hint: 'use the key exactly as it appears in the object' });
    }
  }
}

/** Checks a downward API field selector; shared with downwardAPI volumes. */
/**
 * A `fileKeyRef` (EnvFiles, from 1.35): `volumeName` names a volume of the pod, which is an
 * emptyDir; `path` and `key` are not empty. Follows the API server's check of the
 * `FileKeySelector` (KEP-3721: a missing or non-emptyDir volume rejects the pod). A missing
 * field is the schema layer's.
 */
function checkFileKeyRef(ref: JsonRecord, refPath: string, volumes: VolumeLookup, ctx: RuleContext): void {
  const volumeName = stringAt(ref, 'volumeName');
  if (volumeName === '') {
    ctx.report({ ruleId: 'env/file-key-ref', fieldPath: child(refPath, 'volumeName'), message: 'fileKeyRef has no volumeName', hint: 'name the emptyDir volume that holds the env file' });
  } else if (volumeName !== undefined) {
    const source = volumeSources(volumes).get(volumeName);
    if (source === undefined) {
      ctx.report({ ruleId: 'env/file-key-ref', fieldPath: child(refPath, 'volumeName'), message: `fileKeyRef names volume "${volumeName}", which the pod does not define`, hint: `add an emptyDir volume named "${volumeName}" to the pod's volumes, or fix the name` });
    } else if (source !== 'emptyDir') {
      ctx.report({ ruleId: 'env/file-key-ref', fieldPath: child(refPath, 'volumeName'), message: `fileKeyRef names volume "${volumeName}", a ${source} volume; env files are read from emptyDir volumes only`, hint: 'write the env file into an emptyDir volume (e.g. from an init container) and name that volume' });
    }
  }
  for (const field of ['path', 'key']) {
    if (stringAt(ref, field) === '') {
      ctx.report({ ruleId: 'env/file-key-ref', fieldPath: child(refPath, field), message: `fileKeyRef has no ${field}`, hint: field === 'path' ? "set the env file's path in the volume, e.g. 'config.env'" : 'set the name of the variable in the env file' });
    }
  }
}

/**
 * Checks a downward API `fieldRef` at `refPath` (`validateObjectFieldSelector`): apiVersion
 * v1 and a field path the API server exposes, to an environment variable or, with `use`
 * `'volume'`, to a downwardAPI volume file (which exposes fewer fields).
 * @param use where the reference is read @default 'env'
 */
export function checkFieldRef(fieldRef: JsonRecord, refPath: string, ctx: RuleContext, use: 'env' | 'volume' = 'env'): void {
  const fieldPathPath = child(refPath, 'fieldPath');
  const apiVersion = stringAt(fieldRef, 'apiVersion');
  if (apiVersion !== undefined && apiVersion !== '' && apiVersion !== 'v1') {
    // The server cannot convert the fieldPath of another version, and says so on fieldPath.
    ctx.report({ ruleId: 'env/field-ref', fieldPath: fieldPathPath, message: `fieldPath cannot be read with apiVersion "${apiVersion}", which is not supported`, hint: 'use apiVersion v1 or leave it out' });
    return;
  }
  const fieldPath = stringAt(fieldRef, 'fieldPath');
  if (fieldPath === undefined || fieldPath === '') {
    if (fieldPath === '') ctx.report({ ruleId: 'env/field-ref', fieldPath: fieldPathPath, message: 'fieldRef has no fieldPath', hint: "set fieldPath, e.g. 'metadata.name'" });
    return;
  }
  // `spec.host` is converted to `spec.nodeName` (ConvertDownwardAPIFieldLabel).
  const problem = checkFieldPath(fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath, use, ctx.minor);
  if (problem === undefined) return;
  // A bad label or annotation key is reported on the fieldRef itself, as the server does.
  ctx.report({ ruleId: 'env/field-ref', fieldPath: isSubscriptedFieldPath(fieldPath) ? refPath : fieldPathPath, message: problem, hint: "e.g. 'metadata.name', 'status.podIP' or metadata.labels['app']" });
}

function checkEnvFrom(source: JsonRecord, path: string, ctx: RuleContext): void {
  const prefix = stringAt(source, 'prefix');
  if (prefix !== undefined && prefix !== '') {
    const problem = checkEnvVarName(prefix, ctx.minor);
    if (problem !== undefined) ctx.report({ ruleId: 'env/from', fieldPath: child(path, 'prefix'), message: `prefix "${prefix}" ${problem}`, hint: "use a prefix such as 'APP_'" });
  }
  const sources = presentKeys(source, ENV_FROM_SOURCES);
  if (sources.length !== 1) {
    ctx.report({ ruleId: 'env/from', fieldPath: path, message: sources.length === 0 ? 'envFrom names no source' : 'envFrom sets both configMapRef and secretRef', hint: 'set exactly one of configMapRef or secretRef per entry' });
  }
  for (const kind of sources) {
    const ref = recordAt(source, kind);
    if (ref === undefined) continue;
    const name = stringAt(ref, 'name');
    if (name === undefined && has(ref, 'name')) continue;
    if (name === undefined || name === '') {
      ctx.report({ ruleId: 'env/from', fieldPath: child(child(path, kind), 'name'), message: `${kind} has no name`, hint: 'name the ConfigMap or Secret to read' });
      continue;
    }
    const problem = checkObjectName(name, 'dns-subdomain', true); // validated as a prefix: a trailing '-' passes
    if (problem !== undefined) ctx.report({ ruleId: 'env/from', fieldPath: child(child(path, kind), 'name'), message: `name "${name}" ${problem}`, hint: 'name an existing object by its metadata.name' });
  }
}
