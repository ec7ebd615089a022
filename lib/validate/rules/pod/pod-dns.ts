import { isLegacyIP } from '../../primitives/ip';
import { checkDns1123Subdomain } from '../../primitives/names';
import type { PodRule } from '../../rule';
import { arrayAt, child, has, recordAt, recordsAt, stringAt } from './access';
import { specRecord } from './pod-containers';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;
/** First minor version with relaxed DNS search validation on by default. */
const RELAXED_SEARCH_MINOR = 33;
const SUBDOMAIN_WITH_UNDERSCORE = /^[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?(\.[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?)*$/;

/**
 * DNS settings of the pod. Follows `validateDNSPolicy` and `validatePodDNSConfig`:
 * `dnsPolicy` ClusterFirstWithHostNet, ClusterFirst, Default or None (empty means
 * ClusterFirst); None needs `dnsConfig` with at least one nameserver; at most 3 nameservers,
 * each an IP address; at most 32 search domains, 2048 characters in all, each a DNS
 * subdomain (from 1.33 also '.' and underscores); option names required.
 */
export const podDns: PodRule = {
  id: 'pod/dns',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    const policy = stringAt(spec, 'dnsPolicy');
    if (policy !== undefined && policy !== '' && !DNS_POLICIES.includes(policy)) {
      ctx.report({ fieldPath: child(site.specPath, 'dnsPolicy'), message: `dnsPolicy "${policy}" is not supported`, hint: `use one of ${DNS_POLICIES.join(', ')}` });
    }
    const configPath = child(site.specPath, 'dnsConfig');
    const config = recordAt(spec, 'dnsConfig');
    const nameservers = arrayAt(config, 'nameservers') ?? [];
    if (policy === 'None') {
      if (config === undefined && !has(spec, 'dnsConfig')) {
        ctx.report({ fieldPath: configPath, message: 'dnsPolicy None needs a dnsConfig', hint: 'add dnsConfig with at least one nameserver' });
        return;
      }
      if (config !== undefined && nameservers.length === 0) {
        ctx.report({ fieldPath: child(configPath, 'nameservers'), message: 'dnsPolicy None needs at least one nameserver', hint: "add a nameserver IP, e.g. '1.1.1.1'" });
        return;
      }
    }
    if (config === undefined) return;
    if (nameservers.length > MAX_NAMESERVERS) {
      ctx.report({ fieldPath: child(configPath, 'nameservers'), message: `${nameservers.length} nameservers given; at most ${MAX_NAMESERVERS} are allowed`, hint: 'keep three nameservers or fewer' });
    }
    nameservers.forEach((server, i) => {
      if (typeof server === 'string' && !isLegacyIP(server)) {
        ctx.report({ fieldPath: `${child(configPath, 'nameservers')}[${i}]`, message: `nameserver "${server}" is not an IP address`, hint: "use an IPv4 or IPv6 address, e.g. '10.96.0.10'" });
      }
    });
    const searches = (arrayAt(config, 'searches') ?? []).filter((s): s is string => typeof s === 'string');
    if (searches.length > MAX_SEARCHES) {
      ctx.report({ fieldPath: child(configPath, 'searches'), message: `${searches.length} search domains given; at most ${MAX_SEARCHES} are allowed`, hint: 'shorten the search list' });
    }
    if (searches.join(' ').length > MAX_SEARCH_CHARS) {
      ctx.report({ fieldPath: child(configPath, 'searches'), message: `the search list is longer than ${MAX_SEARCH_CHARS} characters`, hint: 'shorten the search list' });
    }
    (arrayAt(config, 'searches') ?? []).forEach((search, i) => {
      if (typeof search !== 'string') return;
      const problem = checkSearch(search, ctx.minor);
      if (problem !== undefined) ctx.report({ fieldPath: `${child(configPath, 'searches')}[${i}]`, message: `search domain "${search}" ${problem}`, hint: "use a domain such as 'svc.cluster.local'" });
    });
    for (const { index, value: option } of recordsAt(config, 'options')) {
      const name = stringAt(option, 'name');
      if (name === '' || (name === undefined && !has(option, 'name'))) {
        ctx.report({ fieldPath: `${child(configPath, 'options')}[${index}]`, message: 'the DNS option has no name', hint: "set name, e.g. 'ndots'" });
      }
    }
  },
};

function checkSearch(search: string, minor: number): string | undefined {
  if (minor >= RELAXED_SEARCH_MINOR) {
    if (search === '.') return undefined;
    const trimmed = search.endsWith('.') ? search.slice(0, -1) : search;
    return trimmed.length <= 253 && SUBDOMAIN_WITH_UNDERSCORE.test(trimmed) ? undefined : 'must be a DNS subdomain (letters, digits, - and _ in dot-separated labels)';
  }
  return checkDns1123Subdomain(search.endsWith('.') ? search.slice(0, -1) : search);
}
