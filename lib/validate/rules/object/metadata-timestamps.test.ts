import { describe, expect, it } from 'vitest';
import { metadataTimestamps } from './metadata-timestamps';
import { type Expected, expected, run } from './testkit';

const at = (creationTimestamp: unknown) => ({ metadata: { name: 'x', creationTimestamp } });

describe('metadata/timestamps', () => {
  it.each<[string, unknown, Expected[]]>([
    ['null (kubectl output)', at(null), []],
    ['UTC', at('2024-05-01T12:00:00Z'), []],
    ['an offset and a fraction', at('2024-02-29T23:59:59.123456+05:30'), []],
    ['a one-digit hour (Go reads it)', at('2024-05-01T1:00:00Z'), []],
    ['a date only', at('2024-05-01'), [['metadata.creationTimestamp']]],
    ['a space for T', at('2024-05-01 12:00:00Z'), [['metadata.creationTimestamp']]],
    ['no zone', at('2024-05-01T12:00:00'), [['metadata.creationTimestamp']]],
    ['an offset without a colon', at('2024-05-01T12:00:00+0000'), [['metadata.creationTimestamp']]],
    ['February 29 of a common year', at('2023-02-29T00:00:00Z'), [['metadata.creationTimestamp']]],
    ['hour 24', at('2024-05-01T24:00:00Z'), [['metadata.creationTimestamp']]],
    ['a word', at('yesterday'), [['metadata.creationTimestamp']]],
    ['a bad deletion time', { metadata: { deletionTimestamp: 'now' } }, [['metadata.deletionTimestamp']]],
    ['a bad managed fields time', { metadata: { managedFields: [{ manager: 'kubectl', time: '2024' }] } }, [['metadata.managedFields[0].time']]],
  ])('%s', (_name, object, list) => expect(run(metadataTimestamps, object)).toEqual(expected(list)));
});
