/**
 * The name syntax of each built-in kind (the `ValidateNameFunc` each kind's
 * validation passes to `ValidateObjectMeta`), and the checks of `metadata.name` and of a
 * `generateName` prefix (apimachinery's `NameIsDNSSubdomain`, `NameIsDNSLabel`,
 * `NameIsDNS1035Label` with their prefix masking, and `path.IsValidPathSegmentName`).
 */
import { checkDns1035Label, checkDns1123Label, checkDns1123Subdomain } from './names';

/** How names of a kind are spelled. */
export type NameSyntax = 'dns-subdomain' | 'dns-label' | 'dns-1035-label' | 'path-segment';

const SUBDOMAIN_KINDS = new Set([
  '/Pod',
  '/PodTemplate',
  '/ReplicationController',
  '/Node',
  '/PersistentVolume',
  '/PersistentVolumeClaim',
  '/ConfigMap',
  '/Secret',
  '/ServiceAccount',
  '/Endpoints',
  '/LimitRange',
  '/ResourceQuota',
  '/Event',
  'apps/Deployment',
  'apps/ReplicaSet',
  'apps/DaemonSet',
  'apps/ControllerRevision',
  'batch/Job',
  'batch/CronJob',
  'autoscaling/HorizontalPodAutoscaler',
  'policy/PodDisruptionBudget',
  'networking.k8s.io/Ingress',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/NetworkPolicy',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'storage.k8s.io/StorageClass',
  'coordination.k8s.io/Lease',
  'discovery.k8s.io/EndpointSlice',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
]);

const LABEL_KINDS = new Set(['/Namespace', 'apps/StatefulSet']);
const DNS_1035_KINDS = new Set(['/Service']);

const SYNTAX_CACHE = new Map<string, Map<string, NameSyntax>>();

/** The name syntax of objects of `kind` in API `group` (empty for core); `path-segment` for kinds without a stricter rule. */
export function nameSyntaxOf(group: string, kind: string): NameSyntax {
  let kinds = SYNTAX_CACHE.get(group);
  if (kinds === undefined) {
    kinds = new Map();
    SYNTAX_CACHE.set(group, kinds);
  }
  let syntax = kinds.get(kind);
  if (syntax === undefined) {
    syntax = lookUpSyntax(`${group}/${kind}`);
    kinds.set(kind, syntax);
  }
  return syntax;
}

function lookUpSyntax(key: string): NameSyntax {
  if (SUBDOMAIN_KINDS.has(key)) return 'dns-subdomain';
  if (LABEL_KINDS.has(key)) return 'dns-label';
  if (DNS_1035_KINDS.has(key)) return 'dns-1035-label';
  return 'path-segment';
}

/** What the syntax is called in messages. */
export function describeNameSyntax(syntax: NameSyntax): string {
  switch (syntax) {
    case 'dns-subdomain':
      return 'a DNS-1123 subdomain';
    case 'dns-label':
      return 'a DNS-1123 label';
    case 'dns-1035-label':
      return 'a DNS-1035 label';
    case 'path-segment':
      return 'a path segment';
  }
}

/** A name usable in a URL path: not `.` or `..`, without `/` or `%` (apimachinery's `IsValidPathSegmentName`). */
export function checkPathSegmentName(name: string): string | undefined {
  if (name === '.' || name === '..') return `may not be ${JSON.stringify(name)}`;
  if (name.includes('/')) return "may not contain '/'";
  if (name.includes('%')) return "may not contain '%'";
  return undefined;
}

/**
 * What is wrong with `name` under `syntax`, or `undefined`. For a `generateName` prefix
 * (`prefix`), a trailing dash is masked the way the API server masks it.
 */
export function checkObjectName(name: string, syntax: NameSyntax, prefix = false): string | undefined {
  const segment = checkPathSegmentName(name);
  if (segment !== undefined) return segment;
  const subject = prefix ? maskTrailingDash(name) : name;
  switch (syntax) {
    case 'dns-subdomain':
      return checkDns1123Subdomain(subject);
    case 'dns-label':
      return checkDns1123Label(subject);
    case 'dns-1035-label':
      return checkDns1035Label(subject);
    case 'path-segment':
      return undefined;
  }
}

/** The API server replaces the last two characters of a prefix longer than one character ending in '-' with 'a' before checking it. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, name.length - 2)}a` : name;
}

/** Longest base the API server keeps of a `generateName` before appending 5 random characters. */
export const GENERATED_NAME_BASE_MAX = 58;

/** A name the API server could generate from `prefix` (the longest form, with random characters of its alphabet). */
export function sampleGeneratedName(prefix: string): string {
  return `${prefix.slice(0, GENERATED_NAME_BASE_MAX)}b2d4f`;
}
