import { describe, expect, it } from 'vitest';
import { metadataNamespace } from './metadata-namespace';
import { type Expected, expected, run } from './testkit';

describe('metadata/namespace', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no metadata', { apiVersion: 'v1', kind: 'Pod' }, []],
    ['no namespace', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, []],
    ['valid namespace', { apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'team-a' } }, []],
    ['dotted namespace', { apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'team.a' } }, [['metadata.namespace']]],
    ['upper-case namespace', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { namespace: 'Prod' } }, [['metadata.namespace']]],
    ['namespace of 64 characters', { apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'a'.repeat(64) } }, [['metadata.namespace']]],
    ['cluster-scoped kinds ignore it', { apiVersion: 'v1', kind: 'Namespace', metadata: { namespace: 'Bad.Value' } }, []],
  ])('%s', (_name, object, list) => expect(run(metadataNamespace, object)).toEqual(expected(list)));
});
