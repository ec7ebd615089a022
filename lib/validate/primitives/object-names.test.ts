import { describe, expect, it } from 'vitest';
import { checkObjectName, checkPathSegmentName, nameSyntaxOf, sampleGeneratedName } from './object-names';

describe('nameSyntaxOf', () => {
  it.each<[string, string, string]>([
    ['', 'Pod', 'dns-subdomain'],
    ['', 'Service', 'dns-1035-label'],
    ['', 'Namespace', 'dns-label'],
    ['apps', 'StatefulSet', 'dns-label'],
    ['apps', 'Deployment', 'dns-subdomain'],
    ['batch', 'CronJob', 'dns-subdomain'],
    ['rbac.authorization.k8s.io', 'ClusterRole', 'path-segment'],
  ])('%s/%s names are %s', (group, kind, syntax) => expect(nameSyntaxOf(group, kind)).toBe(syntax));
});

describe('checkObjectName', () => {
  it.each<[string, Parameters<typeof checkObjectName>[1], boolean, boolean]>([
    ['web', 'dns-subdomain', false, true],
    ['web.example', 'dns-subdomain', false, true],
    ['Web', 'dns-subdomain', false, false],
    ['web-', 'dns-subdomain', false, false],
    ['web-', 'dns-subdomain', true, true],
    ['web.', 'dns-subdomain', true, false],
    ['-', 'dns-subdomain', true, false],
    ['a-', 'dns-subdomain', true, true],
    ['a'.repeat(253), 'dns-subdomain', false, true],
    ['a'.repeat(254), 'dns-subdomain', false, false],
    ['web.example', 'dns-label', false, false],
    ['a'.repeat(63), 'dns-label', false, true],
    ['a'.repeat(64), 'dns-label', false, false],
    ['1web', 'dns-1035-label', false, false],
    ['web1', 'dns-1035-label', false, true],
    ['system:controller:x', 'path-segment', false, true],
    ['a/b', 'path-segment', false, false],
    ['..', 'dns-subdomain', false, false],
  ])('%j as %s (prefix %s) valid: %s', (name, syntax, prefix, valid) => expect(checkObjectName(name, syntax, prefix) === undefined).toBe(valid));
});

describe('checkPathSegmentName', () => {
  it.each<[string, boolean]>([
    ['.', false],
    ['..', false],
    ['a%b', false],
    ['a.b', true],
  ])('%j valid: %s', (name, valid) => expect(checkPathSegmentName(name) === undefined).toBe(valid));
});

describe('sampleGeneratedName', () => {
  it('keeps at most 58 characters of the prefix and adds 5', () => {
    expect(sampleGeneratedName('web-')).toBe('web-b2d4f');
    expect(sampleGeneratedName('a'.repeat(70))).toHaveLength(63);
  });
});
