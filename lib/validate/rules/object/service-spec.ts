/**
 * `service/spec`: a Service's type, ports and routing fields as the API server checks
 * them after defaulting (type ClusterIP, protocol TCP, targetPort = port, sessionAffinity
 * None): a known type; ports unless the Service is headless or ExternalName; named,
 * unique DNS-label port names when there are several; ports 1–65535, protocols TCP, UDP
 * or SCTP, targetPorts that are port numbers or IANA port names, qualified appProtocols,
 * no port twice per protocol, no nodePort on a ClusterIP Service and no nodePort twice;
 * selector labels; ExternalName needs a DNS name and no cluster IP; NodePort and
 * LoadBalancer cannot be headless; externalTrafficPolicy only on externally reachable
 * Services, healthCheckNodePort only on a LoadBalancer with the Local policy,
 * loadBalancerSourceRanges only on a LoadBalancer; the session affinity and traffic policy
 * values.
 */
import { childPath, indexPath } from '../../field-path';
import { get, getArray, getInt, getObject, getString, isObject } from '../../primitives/access';
import { isLegacyIP } from '../../primitives/ip';
import { checkLabels } from '../../primitives/labels';
import { checkDns1123Label, checkDns1123Subdomain, checkIanaSvcName, checkQualifiedName } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const AFFINITIES = ['None', 'ClientIP'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];
const IP_FAMILY_POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'];
const IP_FAMILIES = ['IPv4', 'IPv6'];
const MAX_CLIENT_IP_TIMEOUT = 86400;

/** Follows core ValidateService (validateServicePort, ValidatePortNumOrName, validateClientIPAffinityConfig, validateServiceExternalTrafficPolicy) after SetDefaults_Service. */
export const serviceSpec: ObjectRule = {
  id: 'service/spec',
  kinds: ['Service'],
  check(object, ctx) {
    const spec = getObject(object, 'spec') ?? {};
    const type = getString(spec, 'type') || 'ClusterIP';
    if (!TYPES.includes(type)) notSupported(ctx, 'spec.type', type, TYPES);
    const clusterIP = getString(spec, 'clusterIP') ?? '';
    const clusterIPs = getArray(spec, 'clusterIPs') ?? [];
    const firstClusterIP = clusterIP !== '' ? clusterIP : typeof clusterIPs[0] === 'string' ? clusterIPs[0] : '';
    const headless = type === 'ClusterIP' && firstClusterIP === 'None';
    const ports = getArray(spec, 'ports') ?? [];

    if (ports.length === 0 && !headless && type !== 'ExternalName') {
      ctx.report({ fieldPath: 'spec.ports', message: `a ${type} Service needs at least one port`, hint: 'add a port (e.g. port: 80, targetPort: 8080), or make the Service headless with clusterIP: None' });
    }
    if ((type === 'NodePort' || type === 'LoadBalancer') && firstClusterIP === 'None') {
      ctx.report({ fieldPath: 'spec.clusterIPs[0]', message: `a ${type} Service cannot be headless (clusterIP None)`, hint: `remove clusterIP: None, or use type ClusterIP for a headless Service` });
    }
    if (type === 'ExternalName') checkExternalName(spec, clusterIP !== '' || clusterIPs.length > 0, ctx);
    else checkClusterIPs(clusterIP, clusterIPs, ctx);
    checkExternalTraffic(spec, type, ctx);

    checkPorts(ports, type, ctx);
    checkLabels(get(spec, 'selector'), 'spec.selector', ctx, 'selector');
    checkAffinity(spec, ctx);
    for (const [field, allowed] of [
      ['externalTrafficPolicy', TRAFFIC_POLICIES],
      ['internalTrafficPolicy', TRAFFIC_POLICIES],
      ['ipFamilyPolicy', IP_FAMILY_POLICIES],
    ] as const) {
      const value = getString(spec, field);
      if (value !== undefined && value !== '' && !allowed.includes(value)) notSupported(ctx, childPath('spec', field), value, allowed);
    }
    (getArray(spec, 'ipFamilies') ?? []).forEach((family, i) => {
      if (typeof family === 'string' && !IP_FAMILIES.includes(family)) notSupported(ctx, indexPath('spec.ipFamilies', i), family, IP_FAMILIES);
    });
  },
};

function notSupported(ctx: RuleContext, fieldPath: string, value: string, allowed: readonly string[]): void {
  ctx.report({ fieldPath, message: `${JSON.stringify(value)} is not a supported value`, hint: `use one of: ${allowed.join(', ')} (values are case-sensitive)` });
}

function checkExternalName(spec: Record<string, unknown>, hasClusterIP: boolean, ctx: RuleContext): void {
  if (hasClusterIP) {
    ctx.report({ fieldPath: 'spec.clusterIPs', message: 'an ExternalName Service has no cluster IP', hint: 'remove clusterIP and clusterIPs' });
  }
  if ((getArray(spec, 'ipFamilies') ?? []).length > 0) {
    ctx.report({ fieldPath: 'spec.ipFamilies', message: 'an ExternalName Service has no IP families', hint: 'remove ipFamilies' });
  }
  if (getString(spec, 'ipFamilyPolicy') !== undefined) {
    ctx.report({ fieldPath: 'spec.ipFamilyPolicy', message: 'an ExternalName Service has no IP family policy', hint: 'remove ipFamilyPolicy' });
  }
  const externalName = getString(spec, 'externalName') ?? '';
  if (externalName === '') {
    ctx.report({ fieldPath: 'spec.externalName', message: 'an ExternalName Service needs spec.externalName', hint: "set it to a DNS name, e.g. 'db.example.com'" });
    return;
  }
  const problem = checkDns1123Subdomain(externalName.endsWith('.') ? externalName.slice(0, -1) : externalName);
  if (problem !== undefined) {
    ctx.report({ fieldPath: 'spec.externalName', message: `${JSON.stringify(externalName)} is not a DNS name: it ${problem}`, hint: "use a lower-case DNS name, e.g. 'db.example.com'" });
  }
}

/** Cluster IPs as the strategy sets them (clusterIPs from clusterIP): 'None' first and alone, otherwise IP addresses. */
function checkClusterIPs(clusterIP: string, clusterIPs: readonly unknown[], ctx: RuleContext): void {
  const ips = clusterIPs.length > 0 ? clusterIPs : clusterIP === '' ? [] : [clusterIP];
  ips.forEach((ip, i) => {
    if (typeof ip !== 'string') return;
    if (ip === 'None') {
      if (i > 0 || ips.length > 1) ctx.report({ fieldPath: 'spec.clusterIPs', message: "'None' must be the first and only cluster IP", hint: 'use clusterIP: None alone for a headless Service' });
    } else if (!isLegacyIP(ip)) {
      ctx.report({ fieldPath: indexPath('spec.clusterIPs', i), message: `cluster IP ${JSON.stringify(ip)} is not an IP address`, hint: "leave clusterIP out (the cluster assigns one), or use 'None' or an address of the service range" });
    }
  });
}

/** Fields of externally reachable Services: externalTrafficPolicy, healthCheckNodePort, loadBalancerSourceRanges. */
function checkExternalTraffic(spec: Record<string, unknown>, type: string, ctx: RuleContext): void {
  const external = type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && (getArray(spec, 'externalIPs') ?? []).length > 0);
  const policy = getString(spec, 'externalTrafficPolicy') ?? '';
  if (policy !== '' && !external) {
    ctx.report({ fieldPath: 'spec.externalTrafficPolicy', message: `externalTrafficPolicy may only be set for externally-accessible Services (not a ${type} Service without externalIPs)`, hint: 'remove externalTrafficPolicy, or use type NodePort or LoadBalancer' });
  }
  const healthCheckNodePort = getInt(spec, 'healthCheckNodePort') ?? 0;
  if (healthCheckNodePort !== 0 && !(type === 'LoadBalancer' && policy === 'Local')) {
    ctx.report({ fieldPath: 'spec.healthCheckNodePort', message: "healthCheckNodePort may only be set when type is LoadBalancer and externalTrafficPolicy is Local", hint: 'remove healthCheckNodePort' });
  }
  if ((getArray(spec, 'loadBalancerSourceRanges') ?? []).length > 0 && type !== 'LoadBalancer') {
    ctx.report({ fieldPath: 'spec.loadBalancerSourceRanges', message: `loadBalancerSourceRanges may only be used when type is LoadBalancer (not ${type})`, hint: 'remove loadBalancerSourceRanges, or use type LoadBalancer' });
  }
}

function checkPorts(ports: readonly unknown[], type: string, ctx: RuleContext): void {
  const names = new Set<string>();
  const seenPorts = new Set<string>();
  const seenNodePorts = new Set<string>();
  ports.forEach((port, i) => {
    if (!isObject(port)) return;
    const path = indexPath('spec.ports', i);
    const name = getString(port, 'name') ?? '';
    if (name === '') {
      if (ports.length > 1) ctx.report({ fieldPath: childPath(path, 'name'), message: 'each port of a Service with several ports needs a name', hint: "name the port, e.g. 'http'" });
    } else {
      const problem = checkDns1123Label(name);
      if (problem !== undefined) ctx.report({ fieldPath: childPath(path, 'name'), message: `port name ${JSON.stringify(name)} ${problem}`, hint: "use a name like 'http' or 'metrics'" });
      else if (names.has(name)) ctx.report({ fieldPath: childPath(path, 'name'), message: `port name ${JSON.stringify(name)} is used twice`, hint: 'give each port its own name' });
      names.add(name);
    }
    const number = getInt(port, 'port');
    if (number !== undefined && (number < 1 || number > 65535)) {
      ctx.report({ fieldPath: childPath(path, 'port'), message: `port ${number} is not between 1 and 65535`, hint: 'use a port number from 1 to 65535' });
    }
    const protocol = getString(port, 'protocol') || 'TCP';
    if (!PROTOCOLS.includes(protocol)) notSupported(ctx, childPath(path, 'protocol'), protocol, PROTOCOLS);
    checkTargetPort(get(port, 'targetPort'), childPath(path, 'targetPort'), ctx);
    const appProtocol = getString(port, 'appProtocol');
    if (appProtocol !== undefined) {
      const problem = checkQualifiedName(appProtocol);
      if (problem !== undefined) ctx.report({ fieldPath: childPath(path, 'appProtocol'), message: `appProtocol ${JSON.stringify(appProtocol)} is invalid: ${problem}`, hint: "use a name like 'http', 'kubernetes.io/h2c' or 'example.com/proto'" });
    }
    const nodePort = getInt(port, 'nodePort') ?? 0;
    if (nodePort !== 0) {
      if (type === 'ClusterIP') {
        ctx.report({ fieldPath: childPath(path, 'nodePort'), message: 'a ClusterIP Service has no node ports', hint: 'remove nodePort, or use type NodePort or LoadBalancer' });
      }
      const key = `${protocol}/${nodePort}`;
      if (seenNodePorts.has(key)) ctx.report({ fieldPath: childPath(path, 'nodePort'), message: `node port ${nodePort}/${protocol} is used twice`, hint: 'give each port its own nodePort' });
      seenNodePorts.add(key);
    }
    if (number !== undefined) {
      const key = `${protocol}/${number}`;
      if (seenPorts.has(key)) ctx.report({ fieldPath: path, message: `port ${number}/${protocol} is declared twice`, hint: 'remove the duplicate, or use another port or protocol' });
      seenPorts.add(key);
    }
  });
}

/** targetPort: 0 and "" are defaulted to the port; otherwise a port number or an IANA port name. */
function checkTargetPort(value: unknown, path: string, ctx: RuleContext): void {
  if (typeof value === 'number') {
    if (value !== 0 && Number.isInteger(value) && (value < 1 || value > 65535)) {
      ctx.report({ fieldPath: path, message: `targetPort ${value} is not between 1 and 65535`, hint: 'use a port number from 1 to 65535 or the name of a container port' });
    }
  } else if (typeof value === 'string' && value !== '') {
    const problem = checkIanaSvcName(value);
    if (problem !== undefined) {
      const numeric = /^[0-9]+$/.test(value);
      ctx.report({
        fieldPath: path,
        message: `targetPort ${JSON.stringify(value)} is not a port name: it ${problem}`,
        hint: numeric ? `write the number without quotes (targetPort: ${value})` : "name a container port (at most 15 characters: lower-case letters, digits and '-'), or give its number",
      });
    }
  }
}

function checkAffinity(spec: Record<string, unknown>, ctx: RuleContext): void {
  const affinity = getString(spec, 'sessionAffinity') || 'None';
  if (!AFFINITIES.includes(affinity)) {
    notSupported(ctx, 'spec.sessionAffinity', affinity, AFFINITIES);
    return;
  }
  const config = get(spec, 'sessionAffinityConfig');
  if (affinity === 'None') {
    if (isObject(config)) ctx.report({ fieldPath: 'spec.sessionAffinityConfig', message: 'sessionAffinityConfig is set but sessionAffinity is None', hint: 'remove sessionAffinityConfig, or set sessionAffinity: ClientIP' });
    return;
  }
  const timeout = getInt(getObject(getObject(spec, 'sessionAffinityConfig'), 'clientIP'), 'timeoutSeconds');
  if (timeout !== undefined && (timeout <= 0 || timeout > MAX_CLIENT_IP_TIMEOUT)) {
    ctx.report({
      fieldPath: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
      message: `timeoutSeconds ${timeout} is not between 1 and ${MAX_CLIENT_IP_TIMEOUT}`,
      hint: 'use a timeout from 1 second to 1 day (the default is 10800)',
    });
  }
}
