/**
 * `networkpolicy/spec`: a NetworkPolicy's selectors are valid label selectors; each
 * peer sets a podSelector, a namespaceSelector or an ipBlock (an ipBlock alone) and an
 * ipBlock has a CIDR; each port has protocol TCP, UDP or SCTP, a port number 1–65535 or
 * an IANA port name, and an endPort only after a numeric port and not below it;
 * policyTypes are Ingress or Egress, at most two.
 */
import { childPath, indexPath } from '../../field-path';
import { get, getArray, getInt, getObject, getString, isObject } from '../../primitives/access';
import { isLegacyIP } from '../../primitives/ip';
import { checkLabelSelector } from '../../primitives/label-selector';
import { checkIanaSvcName } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES = ['Ingress', 'Egress'];

/** Follows networking ValidateNetworkPolicySpec (ValidateNetworkPolicyPeer, ValidateNetworkPolicyPort, ValidateIPBlock). */
export const networkPolicySpec: ObjectRule = {
  id: 'networkpolicy/spec',
  kinds: ['NetworkPolicy'],
  check(object, ctx) {
    const spec = getObject(object, 'spec');
    if (spec === undefined) return;
    checkLabelSelector(getObject(spec, 'podSelector'), 'spec.podSelector', ctx);
    for (const [direction, peers] of [
      ['ingress', 'from'],
      ['egress', 'to'],
    ] as const) {
      (getArray(spec, direction) ?? []).forEach((rule, i) => {
        if (!isObject(rule)) return;
        const path = indexPath(childPath('spec', direction), i);
        (getArray(rule, 'ports') ?? []).forEach((port, j) => {
          if (isObject(port)) checkPort(port, indexPath(childPath(path, 'ports'), j), ctx);
        });
        (getArray(rule, peers) ?? []).forEach((peer, j) => {
          if (isObject(peer)) checkPeer(peer, indexPath(childPath(path, peers), j), ctx);
        });
      });
    }
    const types = getArray(spec, 'policyTypes') ?? [];
    if (types.length > POLICY_TYPES.length) {
      ctx.report({ fieldPath: 'spec.policyTypes', message: `${types.length} policy types: at most two (Ingress, Egress)`, hint: 'list Ingress and/or Egress once each' });
    }
    types.forEach((type, i) => {
      if (typeof type === 'string' && !POLICY_TYPES.includes(type)) {
        ctx.report({ fieldPath: indexPath('spec.policyTypes', i), message: `${JSON.stringify(type)} is not a supported value`, hint: 'use Ingress or Egress (case-sensitive)' });
      }
    });
  },
};

function checkPort(port: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const protocol = getString(port, 'protocol');
  if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
    ctx.report({ fieldPath: childPath(path, 'protocol'), message: `${JSON.stringify(protocol)} is not a supported value`, hint: 'use TCP, UDP or SCTP (case-sensitive)' });
  }
  const value = get(port, 'port');
  const endPort = getInt(port, 'endPort');
  const endPath = childPath(path, 'endPort');
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value < 1 || value > 65535) ctx.report({ fieldPath: childPath(path, 'port'), message: `port ${value} is not between 1 and 65535`, hint: 'use a port number from 1 to 65535 or a named port' });
    if (endPort !== undefined) {
      if (endPort < value) ctx.report({ fieldPath: endPath, message: `endPort ${endPort} is below port ${value}`, hint: 'make endPort at least port' });
      if (endPort < 1 || endPort > 65535) ctx.report({ fieldPath: endPath, message: `endPort ${endPort} is not between 1 and 65535`, hint: 'use a port number from 1 to 65535' });
    }
  } else if (typeof value === 'string') {
    if (endPort !== undefined) ctx.report({ fieldPath: endPath, message: 'endPort needs a numeric port', hint: 'give port as a number, or remove endPort' });
    const problem = checkIanaSvcName(value);
    if (problem !== undefined) ctx.report({ fieldPath: childPath(path, 'port'), message: `port name ${JSON.stringify(value)} ${problem}`, hint: /^[0-9]+$/.test(value) ? `write the number without quotes (port: ${value})` : 'use a named container port or a number' });
  } else if ((value === undefined || value === null) && endPort !== undefined) {
    ctx.report({ fieldPath: endPath, message: 'endPort needs a port', hint: 'set port to the start of the range' });
  }
}

function checkPeer(peer: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const podSelector = getObject(peer, 'podSelector');
  const namespaceSelector = getObject(peer, 'namespaceSelector');
  const ipBlock = getObject(peer, 'ipBlock');
  const count = [podSelector, namespaceSelector, ipBlock].filter((v) => v !== undefined).length;
  if (count === 0) {
    ctx.report({ fieldPath: path, message: 'a peer needs a podSelector, a namespaceSelector or an ipBlock', hint: 'set one of them ({} selects everything)' });
  } else if (count > 1 && ipBlock !== undefined) {
    ctx.report({ fieldPath: path, message: 'an ipBlock peer cannot also have a selector', hint: 'put the ipBlock in a peer of its own' });
  }
  if (podSelector !== undefined) checkLabelSelector(podSelector, childPath(path, 'podSelector'), ctx);
  if (namespaceSelector !== undefined) checkLabelSelector(namespaceSelector, childPath(path, 'namespaceSelector'), ctx);
  if (ipBlock !== undefined) {
    const blockPath = childPath(path, 'ipBlock');
    const cidr = getString(ipBlock, 'cidr');
    if (cidr !== undefined && !isCidr(cidr)) {
      ctx.report({ fieldPath: childPath(blockPath, 'cidr'), message: cidr === '' ? 'an ipBlock needs a cidr' : `${JSON.stringify(cidr)} is not a CIDR`, hint: "write an address and prefix length, e.g. '10.0.0.0/16'" });
    }
    (getArray(ipBlock, 'except') ?? []).forEach((except, k) => {
      if (typeof except === 'string' && !isCidr(except)) {
        ctx.report({ fieldPath: indexPath(childPath(blockPath, 'except'), k), message: `${JSON.stringify(except)} is not a CIDR`, hint: "write an address and prefix length, e.g. '10.0.5.0/24'" });
      }
    });
  }
}

/** A CIDR as the legacy parser reads it: an IP address (IPv4 octets may have leading zeros) and a prefix length that fits it. */
function isCidr(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const address = text.slice(0, slash);
  const prefix = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefix) || !isLegacyIP(address)) return false;
  const bits = address.includes(':') ? 128 : 32;
  return Number(prefix) <= bits;
}
