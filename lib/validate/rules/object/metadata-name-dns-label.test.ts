import { describe, expect, it } from 'vitest';
import { metadataNameDnsLabel } from './metadata-name-dns-label';
import { type Expected, expected, run } from './testkit';

describe('metadata/name-dns-label', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no name', { kind: 'Pod' }, []],
    ['dns label', { kind: 'Pod', metadata: { name: 'web' } }, []],
    ['dotted name warns', { kind: 'Deployment', metadata: { name: 'web.main' } }, [['metadata.name', 'warning']]],
    ['invalid name is left to metadata/name', { kind: 'Pod', metadata: { name: 'Web.Main' } }, []],
    ['long subdomain warns', { kind: 'Job', metadata: { name: 'a'.repeat(64) } }, [['metadata.name', 'warning']]],
  ])('%s', (_name, object, list) => expect(run(metadataNameDnsLabel, object)).toEqual(expected(list)));
});
