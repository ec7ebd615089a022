import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { RuleContext } from '../../rule';
import { arrayAt, boolAt, child, has, intAt, type JsonRecord, recordAt, stringAt } from './access';
import { isHostPortPair } from './host-port-pair';

const ISCSI_IQN = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9\-.]+)(:[^,;*&$|\s]+)$/;
const ISCSI_EUI = /^eui.[A-Za-z0-9]{16}$/;
const ISCSI_NAA = /^naa.[A-Za-z0-9]{32}$/;
const AZURE_CACHING_MODES = ['None', 'ReadOnly', 'ReadWrite'];
const AZURE_DISK_KINDS = ['Shared', 'Dedicated', 'Managed'];
const MAX_ISCSI_PORTAL_NAME = 64;
const MAX_QUOBYTE_TENANT = 64;
const MAX_CSI_DRIVER_NAME = 63;

type Report = (field: string, message: string, hint: string) => void;

/** What is wrong with an iSCSI qualified name (iqn., eui. or naa. form), or `undefined`. */
function iscsiNameProblem(value: string): string | undefined {
  if (value.startsWith('iqn')) return ISCSI_IQN.test(value) ? undefined : `"${value}" is not a valid iqn. name`;
  if (value.startsWith('eui')) return ISCSI_EUI.test(value) ? undefined : `"${value}" is not a valid eui. name (16 letters or digits)`;
  if (value.startsWith('naa')) return ISCSI_NAA.test(value) ? undefined : `"${value}" is not a valid naa. name (32 letters or digits)`;
  return `"${value}" must start with iqn, eui or naa`;
}

/** An empty string field; `orMissing` also reports an absent one (fields the schema does not require). */
function required(source: JsonRecord, field: string, report: Report, hint: string, orMissing = false): void {
  const value = source[field];
  if (value === '' || (orMissing && (value === undefined || value === null))) report(field, `${field} is required`, hint);
}

function checkPartition(source: JsonRecord, report: Report): void {
  const partition = intAt(source, 'partition');
  if (partition !== undefined && (partition < 0 || partition > 255)) report('partition', `partition ${partition} must be between 1 and 255 (0 for the whole disk)`, 'use the partition number, or leave it out');
}

function checkSecretRefName(source: JsonRecord, report: Report): void {
  const ref = recordAt(source, 'secretRef');
  if (ref !== undefined && (stringAt(ref, 'name') ?? '') === '') report('secretRef.name', 'secretRef.name is required', 'name the Secret');
}

function checkIscsi(source: JsonRecord, report: Report, volumeName: string | undefined, reportName: (message: string) => void): void {
  required(source, 'targetPortal', report, "e.g. '10.0.0.1:3260'");
  const iqn = stringAt(source, 'iqn');
  if (iqn === '') report('iqn', 'iqn is required', "e.g. 'iqn.2001-04.com.example:storage'");
  else if (iqn !== undefined) {
    const problem = iscsiNameProblem(iqn);
    if (problem !== undefined) report('iqn', problem, "e.g. 'iqn.2001-04.com.example:storage'");
  }
  const lun = intAt(source, 'lun');
  if (lun !== undefined && (lun < 0 || lun > 255)) report('lun', `lun ${lun} must be between 0 and 255`, 'use the target LUN number');
  if ((boolAt(source, 'chapAuthDiscovery') === true || boolAt(source, 'chapAuthSession') === true) && !has(source, 'secretRef')) {
    report('secretRef', 'CHAP authentication needs a secretRef', 'name the Secret holding the CHAP credentials');
  }
  const initiator = stringAt(source, 'initiatorName');
  if (initiator === undefined) return;
  const problem = iscsiNameProblem(initiator);
  if (problem !== undefined) report('initiatorName', problem, "e.g. 'iqn.2001-04.com.example:node1'");
  const portal = stringAt(source, 'targetPortal') ?? '';
  if (volumeName !== undefined && `${volumeName}:${portal}`.length > MAX_ISCSI_PORTAL_NAME) {
    reportName(`"<volume name>:<targetPortal>" is longer than ${MAX_ISCSI_PORTAL_NAME} characters, which initiatorName does not allow`);
  }
}

function checkFc(source: JsonRecord, report: Report): void {
  const wwns = arrayAt(source, 'targetWWNs')?.length ?? 0;
  const wwids = arrayAt(source, 'wwids')?.length ?? 0;
  if (wwns === 0 && wwids === 0) report('targetWWNs', 'one of targetWWNs or wwids is required', 'set targetWWNs with a lun, or wwids');
  if (wwns > 0 && wwids > 0) report('targetWWNs', 'targetWWNs and wwids are both set', 'keep one of them');
  if (wwns === 0) return;
  const lun = intAt(source, 'lun');
  if (!has(source, 'lun')) report('lun', 'lun is required with targetWWNs', 'set the LUN number');
  else if (lun !== undefined && (lun < 0 || lun > 255)) report('lun', `lun ${lun} must be between 0 and 255`, 'use the target LUN number');
}

function checkFlocker(source: JsonRecord, report: Report): void {
  const name = stringAt(source, 'datasetName') ?? '';
  const uuid = stringAt(source, 'datasetUUID') ?? '';
  if (name === '' && uuid === '') report('datasetName', 'one of datasetName and datasetUUID is required', 'set exactly one of them');
  if (name !== '' && uuid !== '') report('datasetName', 'datasetName and datasetUUID are both set', 'keep one of them');
  if (name.includes('/')) report('datasetName', `datasetName "${name}" must not contain '/'`, 'use the dataset name alone');
}

function checkFlexOptions(source: JsonRecord, report: Report): void {
  const options = recordAt(source, 'options');
  if (options === undefined) return;
  for (const option of Object.keys(options)) {
    const slash = option.indexOf('/');
    const domain = `.${(slash < 0 ? option : option.slice(0, slash)).toLowerCase()}`;
    if (domain.endsWith('.kubernetes.io') || domain.endsWith('.k8s.io')) {
      report(`options[${option}]`, `option "${option}" uses a reserved kubernetes.io or k8s.io domain`, 'use a domain of your own');
    }
  }
}

function checkAzureDisk(source: JsonRecord, report: Report): void {
  const caching = stringAt(source, 'cachingMode');
  if (caching !== undefined && !AZURE_CACHING_MODES.includes(caching)) report('cachingMode', `cachingMode "${caching}" is not supported`, `use one of ${AZURE_CACHING_MODES.join(', ')}`);
  const kind = stringAt(source, 'kind');
  if (kind === undefined) return;
  if (!AZURE_DISK_KINDS.includes(kind)) report('kind', `kind "${kind}" is not supported`, `use one of ${AZURE_DISK_KINDS.join(', ')}`);
  const uri = stringAt(source, 'diskURI') ?? '';
  if (kind === 'Managed' && !uri.startsWith('/subscriptions/')) report('diskURI', 'a Managed disk URI must start with /subscriptions/', 'use the disk resource ID');
  if (kind !== 'Managed' && !uri.startsWith('https://')) report('diskURI', 'a blob disk URI must start with https://', 'use the blob URL of the .vhd');
}

function checkQuobyte(source: JsonRecord, report: Report): void {
  const registry = stringAt(source, 'registry');
  if (registry === '') report('registry', 'registry is required', "e.g. 'registry.example.com:7861'");
  else if ((stringAt(source, 'tenant') ?? '').length > MAX_QUOBYTE_TENANT) report('tenant', `tenant must be a UUID of at most ${MAX_QUOBYTE_TENANT} characters`, 'use the tenant UUID');
  else if (registry !== undefined && registry.split(',').some((pair) => !isHostPortPair(pair))) {
    report('registry', `registry "${registry}" must be host:port pairs separated by commas`, "e.g. 'registry.example.com:7861'");
  }
  required(source, 'volume', report, 'name the Quobyte volume');
}

function checkStorageOs(source: JsonRecord, report: Report): void {
  const name = stringAt(source, 'volumeName') ?? '';
  if (name === '') report('volumeName', 'volumeName is required', 'name the StorageOS volume');
  else {
    const problem = checkDns1123Label(name);
    if (problem !== undefined) report('volumeName', `volumeName "${name}" ${problem}`, 'use a DNS-1123 label');
  }
  const namespace = stringAt(source, 'volumeNamespace') ?? '';
  const problem = namespace === '' ? undefined : checkDns1123Label(namespace);
  if (problem !== undefined) report('volumeNamespace', `volumeNamespace "${namespace}" ${problem}`, 'use a DNS-1123 label');
  checkSecretRefName(source, report);
}

/**
 * Checks a CSI inline volume (`validateCSIVolumeSource`): a driver name of at most 63
 * characters that is a DNS-1123 subdomain once lower-cased, and a node-publish Secret name.
 */
function checkCsi(source: JsonRecord, report: Report): void {
  const driver = stringAt(source, 'driver');
  if (driver === '') report('driver', 'driver is required', "name the CSI driver, e.g. 'csi.example.com'");
  else if (driver !== undefined) {
    if (driver.length > MAX_CSI_DRIVER_NAME) report('driver', `driver name is longer than ${MAX_CSI_DRIVER_NAME} characters`, 'use the name the driver registers');
    const problem = checkDns1123Subdomain(driver.toLowerCase());
    if (problem !== undefined) report('driver', `driver "${driver}" ${problem}`, "e.g. 'csi.example.com'");
  }
  const ref = recordAt(source, 'nodePublishSecretRef');
  if (ref === undefined) return;
  const name = stringAt(ref, 'name') ?? '';
  const problem = name === '' ? 'is required' : checkDns1123Subdomain(name);
  if (problem !== undefined) report('nodePublishSecretRef.name', `nodePublishSecretRef.name ${name === '' ? '' : `"${name}" `}${problem}`, 'name the Secret by its metadata.name');
}

/**
 * Checks the fields of a network, cloud or plugin volume source (the per-type validators of
 * `validateVolumeSource`: `validateISCSIVolumeSource`, `validateFCVolumeSource`,
 * `validateCSIVolumeSource`, …). Returns false for a source it does not handle.
 */
export function checkLegacyVolumeSource(kind: string, source: JsonRecord, sourcePath: string, volumePath: string, volumeName: string | undefined, ctx: RuleContext): boolean {
  const report: Report = (field, message, hint) => ctx.report({ ruleId: 'volume/source', fieldPath: child(sourcePath, field), message, hint });
  switch (kind) {
    case 'iscsi':
      checkIscsi(source, report, volumeName, (message) => ctx.report({ ruleId: 'volume/source', fieldPath: child(volumePath, 'name'), message, hint: 'shorten the volume name or the target portal' }));
      return true;
    case 'fc': checkFc(source, report); return true;
    case 'gcePersistentDisk': required(source, 'pdName', report, 'name the persistent disk'); checkPartition(source, report); return true;
    case 'awsElasticBlockStore': required(source, 'volumeID', report, 'set the EBS volume ID'); checkPartition(source, report); return true;
    case 'glusterfs': required(source, 'endpoints', report, 'name the Endpoints object'); required(source, 'path', report, 'set the Glusterfs volume path'); return true;
    case 'rbd':
      if ((arrayAt(source, 'monitors')?.length ?? 1) === 0) report('monitors', 'monitors is required', 'list the Ceph monitors');
      required(source, 'image', report, 'name the RADOS image');
      return true;
    case 'cephfs': if ((arrayAt(source, 'monitors')?.length ?? 1) === 0) report('monitors', 'monitors is required', 'list the Ceph monitors'); return true;
    case 'cinder': required(source, 'volumeID', report, 'set the Cinder volume ID'); checkSecretRefName(source, report); return true;
    case 'flocker': checkFlocker(source, report); return true;
    case 'flexVolume': required(source, 'driver', report, 'name the FlexVolume driver'); checkFlexOptions(source, report); return true;
    case 'azureFile': required(source, 'secretName', report, 'name the Secret with the account key'); required(source, 'shareName', report, 'name the file share'); return true;
    case 'azureDisk': required(source, 'diskName', report, 'name the data disk'); required(source, 'diskURI', report, 'set the disk URI'); checkAzureDisk(source, report); return true;
    case 'vsphereVolume': required(source, 'volumePath', report, 'set the vSphere volume path'); return true;
    case 'quobyte': checkQuobyte(source, report); return true;
    case 'photonPersistentDisk': required(source, 'pdID', report, 'set the persistent disk ID'); return true;
    case 'portworxVolume': required(source, 'volumeID', report, 'set the Portworx volume ID'); return true;
    case 'scaleIO':
      required(source, 'gateway', report, 'set the ScaleIO gateway address');
      required(source, 'system', report, 'name the ScaleIO system');
      required(source, 'volumeName', report, 'name the ScaleIO volume', true);
      return true;
    case 'storageos': checkStorageOs(source, report); return true;
    case 'csi': checkCsi(source, report); return true;
    default: return false;
  }
}
