import { qualifiedNameProblem } from '../../primitives/fast-names';
import { isLegacyIP } from '../../primitives/ip';
import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { PodRule, RuleContext } from '../../rule';
import { arrayAt, child, intAt, type JsonRecord, recordAt, recordsAt, stringAt } from './access';
import { specRecord } from './pod-containers';

const MAX_INT32 = 2 ** 31 - 1;
const PREEMPTION_POLICIES = ['PreemptLowerPriority', 'Never'];
const OS_NAMES = ['linux', 'windows'];
/** First minor version where `hostnameOverride` is on by default (HostnameOverride beta); on 1.34 the server drops it. */
const HOSTNAME_OVERRIDE_MINOR = 35;
/** The longest `hostnameOverride`: the kernel's hostname limit. */
const MAX_HOSTNAME_OVERRIDE = 64;

/** A name field of the pod spec and how it is checked. */
interface NameField {
  readonly field: string;
  readonly checker: (value: string) => string | undefined;
  readonly ruleId: string;
  readonly hint: string;
  /** True when an empty value is checked too (it is otherwise the default). */
  readonly checkEmpty: boolean;
}

const NAME_FIELDS: readonly NameField[] = [
  { field: 'hostname', checker: checkDns1123Label, ruleId: 'pod/hostname', hint: "use a DNS label such as 'web-0'", checkEmpty: false },
  { field: 'subdomain', checker: checkDns1123Label, ruleId: 'pod/hostname', hint: "use a DNS label such as 'web' (the name of a headless Service)", checkEmpty: false },
  { field: 'serviceAccountName', checker: checkDns1123Subdomain, ruleId: 'pod/service-account-name', hint: 'name an existing ServiceAccount', checkEmpty: false },
  { field: 'nodeName', checker: checkDns1123Subdomain, ruleId: 'scheduling/node-name', hint: 'name a node, or leave nodeName out to let the scheduler choose', checkEmpty: false },
  { field: 'priorityClassName', checker: checkDns1123Subdomain, ruleId: 'scheduling/priority-class-name', hint: 'name an existing PriorityClass', checkEmpty: false },
  { field: 'runtimeClassName', checker: checkDns1123Subdomain, ruleId: 'pod/runtime-class-name', hint: 'name an existing RuntimeClass, or leave runtimeClassName out', checkEmpty: true },
];

/**
 * Single-valued fields of the pod spec. Follows `ValidatePodSpec`, `ValidateHostAliases`,
 * `validateReadinessGates`, `validateSchedulingGates`, `ValidatePreemptionPolicy`,
 * `validateOS` and `ValidatePodCreate`: `hostname` and `subdomain` are DNS-1123 labels;
 * `serviceAccountName`, `nodeName`, `priorityClassName` and `runtimeClassName` are
 * DNS-1123 subdomains; `activeDeadlineSeconds` is 1 to 2^31-1; `preemptionPolicy` and
 * `os.name` have fixed values; host aliases have IP addresses and subdomain host names;
 * readiness and scheduling gates are qualified names (scheduling gates unique); a Pod with
 * scheduling gates may not set `nodeName`; from 1.35 (HostnameOverride on by default) a
 * `hostnameOverride` is a DNS-1123 subdomain of at most 64 characters, not with
 * `setHostnameAsFQDN: true` or `hostNetwork: true`. A negative
 * `terminationGracePeriodSeconds` is a warning: the API server replaces it with 1.
 */
export const podFields: PodRule = {
  id: 'pod/fields',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    for (let i = 0; i < NAME_FIELDS.length; i++) checkName(spec, site.specPath, NAME_FIELDS[i], ctx);

    const deadline = intAt(spec, 'activeDeadlineSeconds');
    if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
      ctx.report({ ruleId: 'pod/active-deadline-seconds', fieldPath: child(site.specPath, 'activeDeadlineSeconds'), message: `activeDeadlineSeconds ${deadline} must be between 1 and ${MAX_INT32}`, hint: 'use a positive number of seconds, or leave it out' });
    }
    const grace = intAt(spec, 'terminationGracePeriodSeconds');
    if (grace !== undefined && grace < 0) {
      ctx.report({ ruleId: 'pod/termination-grace-period', severity: 'warning', fieldPath: child(site.specPath, 'terminationGracePeriodSeconds'), message: `terminationGracePeriodSeconds ${grace} is negative; the API server replaces it with 1`, hint: 'use 0 or a positive number of seconds' });
    }
    const preemption = stringAt(spec, 'preemptionPolicy');
    if (preemption !== undefined && !PREEMPTION_POLICIES.includes(preemption)) {
      ctx.report({ ruleId: 'scheduling/preemption-policy', fieldPath: child(site.specPath, 'preemptionPolicy'), message: `preemptionPolicy "${preemption}" is not supported`, hint: 'use PreemptLowerPriority or Never' });
    }
    const os = recordAt(spec, 'os');
    const osName = stringAt(os, 'name');
    if (osName === '') {
      ctx.report({ ruleId: 'pod/os', fieldPath: child(child(site.specPath, 'os'), 'name'), message: 'os has no name', hint: 'set os.name to linux or windows' });
    } else if (osName !== undefined && !OS_NAMES.includes(osName)) {
      ctx.report({ ruleId: 'pod/os', fieldPath: child(site.specPath, 'os'), message: `os name "${osName}" is not supported`, hint: 'use linux or windows' });
    }
    if (ctx.minor >= HOSTNAME_OVERRIDE_MINOR) checkHostnameOverride(spec, site.specPath, ctx);
    checkHostAliases(spec, site.specPath, ctx);
    checkGates(spec, site.specPath, site.isTemplate, ctx);
  },
};

/** Reports a name field of the pod spec that its checker refuses. */
function checkName(spec: JsonRecord, specPath: string, name: NameField, ctx: RuleContext): void {
  const value = stringAt(spec, name.field);
  if (value === undefined || (value === '' && !name.checkEmpty)) return;
  const problem = name.checker(value);
  if (problem !== undefined) ctx.report({ ruleId: name.ruleId, fieldPath: child(specPath, name.field), message: `${name.field} "${value}" ${problem}`, hint: name.hint });
}

/** `hostnameOverride`: its syntax and length, and the fields it excludes (the API field's documented rules). */
function checkHostnameOverride(spec: JsonRecord, specPath: string, ctx: RuleContext): void {
  const value = stringAt(spec, 'hostnameOverride');
  if (value === undefined || value === '') return;
  const path = child(specPath, 'hostnameOverride');
  if (value.length > MAX_HOSTNAME_OVERRIDE) {
    ctx.report({ ruleId: 'pod/hostname', fieldPath: path, message: `hostnameOverride is ${value.length} characters long; at most ${MAX_HOSTNAME_OVERRIDE} are allowed`, hint: 'use a shorter host name: the kernel keeps 64 characters' });
  }
  const problem = checkDns1123Subdomain(value);
  if (problem !== undefined) ctx.report({ ruleId: 'pod/hostname', fieldPath: path, message: `hostnameOverride "${value}" ${problem}`, hint: "use a lower-case DNS name such as 'db-0.example.com'" });
  if (spec.setHostnameAsFQDN === true) {
    ctx.report({ ruleId: 'pod/hostname', fieldPath: child(specPath, 'setHostnameAsFQDN'), message: 'setHostnameAsFQDN cannot be true when hostnameOverride is set', hint: 'remove setHostnameAsFQDN: hostnameOverride already sets the whole host name' });
  }
  if (spec.hostNetwork === true) {
    ctx.report({ ruleId: 'pod/hostname', fieldPath: child(specPath, 'hostNetwork'), message: 'hostnameOverride cannot be used with hostNetwork: true', hint: "remove hostnameOverride: a pod on the host's network has the node's host name" });
  }
}

function checkHostAliases(spec: JsonRecord, specPath: string, ctx: RuleContext): void {
  for (const { index, value: alias } of recordsAt(spec, 'hostAliases')) {
    const aliasPath = `${child(specPath, 'hostAliases')}[${index}]`;
    const ip = stringAt(alias, 'ip');
    if (ip !== undefined && !isLegacyIP(ip)) ctx.report({ ruleId: 'pod/host-aliases', fieldPath: child(aliasPath, 'ip'), message: `"${ip}" is not an IP address`, hint: "use an IPv4 or IPv6 address, e.g. '127.0.0.1'" });
    (arrayAt(alias, 'hostnames') ?? []).forEach((hostname, i) => {
      if (typeof hostname !== 'string') return;
      const problem = checkDns1123Subdomain(hostname);
      if (problem !== undefined) ctx.report({ ruleId: 'pod/host-aliases', fieldPath: `${child(aliasPath, 'hostnames')}[${i}]`, message: `host name "${hostname}" ${problem}`, hint: "use a lower-case host name such as 'db.local'" });
    });
  }
}

function checkGates(spec: JsonRecord, specPath: string, isTemplate: boolean, ctx: RuleContext): void {
  for (const { index, value: gate } of recordsAt(spec, 'readinessGates')) {
    const type = stringAt(gate, 'conditionType');
    const problem = type === undefined ? undefined : qualifiedNameProblem(type);
    if (problem !== undefined) ctx.report({ ruleId: 'pod/readiness-gates', fieldPath: child(`${child(specPath, 'readinessGates')}[${index}]`, 'conditionType'), message: `condition type "${type}" ${problem}`, hint: "use a qualified name such as 'example.com/feature-ready'" });
  }
  const seen = new Set<string>();
  const gates = recordsAt(spec, 'schedulingGates');
  for (const { index, value: gate } of gates) {
    const gatePath = `${child(specPath, 'schedulingGates')}[${index}]`;
    const name = stringAt(gate, 'name');
    if (name === undefined) continue;
    const problem = qualifiedNameProblem(name);
    if (problem !== undefined) ctx.report({ ruleId: 'scheduling/scheduling-gates', fieldPath: gatePath, message: `scheduling gate "${name}" ${problem}`, hint: "use a qualified name such as 'example.com/quota'" });
    if (seen.has(name)) ctx.report({ ruleId: 'scheduling/scheduling-gates', fieldPath: gatePath, message: `scheduling gate "${name}" is listed twice`, hint: 'list each gate once' });
    seen.add(name);
  }
  if (!isTemplate && gates.length > 0 && (stringAt(spec, 'nodeName') ?? '') !== '') {
    ctx.report({ ruleId: 'scheduling/scheduling-gates', fieldPath: child(specPath, 'nodeName'), message: 'nodeName cannot be set while schedulingGates remain', hint: 'remove nodeName, or remove the scheduling gates' });
  }
}
