import { isIP } from 'node:net';

const DOTTED_QUAD = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;

/**
 * An IPv4 address in dotted form as the legacy parser reads it, or `undefined`: four
 * decimal octets, leading zeros allowed (read as decimal, not octal), each at most 255.
 */
function legacyIPv4(text: string): string | undefined {
  const match = DOTTED_QUAD.exec(text);
  if (match === null) return undefined;
  const octets: number[] = [];
  for (let i = 1; i <= 4; i++) {
    const octet = Number(match[i]);
    if (octet > 255) return undefined;
    octets.push(octet);
  }
  return octets.join('.');
}

/**
 * True for an IP address the API server accepts in a legacy field such as a pod's
 * `hostAliases[].ip` or `dnsConfig.nameservers` (`validation.IsValidIP`, which parses with
 * `netutils.ParseIPSloppy`, the IP parser of Go before 1.17): IPv4 octets may have leading
 * zeros (`010.0.0.1` is 10.0.0.1), also in the IPv4 tail of an IPv6 address; IPv6 zones
 * (`fe80::1%eth0`) are not addresses. Stricter parsing (StrictIPCIDRValidation) is off by
 * default in every covered version.
 */
export function isLegacyIP(value: string): boolean {
  if (value.includes('%')) return false;
  const v4 = legacyIPv4(value);
  if (v4 !== undefined) return true;
  if (!value.includes(':')) return false;
  const lastColon = value.lastIndexOf(':');
  const tail = value.slice(lastColon + 1);
  if (tail.includes('.')) {
    const tailV4 = legacyIPv4(tail);
    if (tailV4 === undefined) return false;
    return isIP(value.slice(0, lastColon + 1) + tailV4) === 6;
  }
  return isIP(value) === 6;
}
