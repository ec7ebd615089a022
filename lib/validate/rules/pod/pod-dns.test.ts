import { describe, expect, it } from 'vitest';
import { podDns } from './pod-dns';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('pod/dns', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(podDns, spec)).toEqual([]);
  });

  it.each([
    ['the default', {}, []],
    ['an empty policy', { dnsPolicy: '' }, []],
    ['an unknown policy', { dnsPolicy: 'ClusterLast' }, ['error pod/dns spec.dnsPolicy']],
    ['None without config', { dnsPolicy: 'None' }, ['error pod/dns spec.dnsConfig']],
    ['None without nameservers', { dnsPolicy: 'None', dnsConfig: { searches: ['a.b'] } }, ['error pod/dns spec.dnsConfig.nameservers']],
    ['None with a nameserver', { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], options: [{ name: 'ndots', value: '2' }] } }, []],
    ['four nameservers', { dnsConfig: { nameservers: ['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4'] } }, ['error pod/dns spec.dnsConfig.nameservers']],
    ['a nameserver that is no IP', { dnsConfig: { nameservers: ['dns.local'] } }, ['error pod/dns spec.dnsConfig.nameservers[0]']],
    ['a nameserver with leading zeros (read as decimal by the legacy parser)', { dnsConfig: { nameservers: ['010.096.000.010'] } }, []],
    ['an IPv6 nameserver', { dnsConfig: { nameservers: ['2001:db8::1'] } }, []],
    ['a search with a trailing dot', { dnsConfig: { searches: ['svc.cluster.local.'] } }, []],
    ['an upper-case search', { dnsConfig: { searches: ['Svc.Local'] } }, ['error pod/dns spec.dnsConfig.searches[0]']],
    ['an option without name', { dnsConfig: { options: [{ value: '1' }] } }, ['error pod/dns spec.dnsConfig.options[0]']],
  ])('%s', (_label, extra, expected) => {
    expect(summarize(podDns, pod(extra))).toEqual(expected);
  });

  it.each([
    [32, ['error pod/dns spec.dnsConfig.searches[0]']],
    [33, []],
  ])('an underscore in a search domain on 1.%i', (minor, expected) => {
    expect(summarize(podDns, pod({ dnsConfig: { searches: ['_srv.example.com'] } }), { minor })).toEqual(expected);
  });
});
