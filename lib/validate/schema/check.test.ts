import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic';
import { SchemaChecker } from './check';
import { CompiledSchema } from './compile';
import { FIXTURE_SCHEMA } from './fixture-schema';

function check(spec: unknown, version = '1.30'): Array<[string, string, string]> {
  const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, version));
  const out: Diagnostic[] = [];
  const object = { apiVersion: 'example.io/v1', kind: 'Widget', spec: { required: 'x', laterRequired: 'y', ...(spec as object) } };
  checker.checkObject(object, 0, 7, (d) => out.push(d));
  expect(out.every((d) => d.objectIndex === 7)).toBe(true);
  return out.map((d) => [d.severity, d.ruleId, d.fieldPath]);
}

describe('SchemaChecker', () => {
  it('accepts an empty spec with its required fields', () => {
    expect(check({})).toEqual([]);
  });

  it.each<[string, unknown, Array<[string, string, string]>]>([
    ['null for an optional field is absent', { replicas: null, items: null }, []],
    ['string where an integer belongs', { replicas: '3' }, [['error', 'schema/type', 'spec.replicas']]],
    ['fractional integer', { replicas: 1.5 }, [['error', 'schema/type', 'spec.replicas']]],
    ['int32 overflow', { replicas: 2147483648 }, [['error', 'schema/integer-range', 'spec.replicas']]],
    ['int32 minimum fits', { replicas: -2147483648 }, []],
    ['int64 fits a large value', { generation: 9007199254740991 }, []],
    ['int64 overflow', { generation: 2 ** 64 }, [['error', 'schema/integer-range', 'spec.generation']]],
    ['quantity string', { size: '1.5Gi' }, []],
    ['a string with an unpaired surrogate', { required: 'x\ud800y' }, [['error', 'schema/malformed-string', 'spec.required']]],
    ['a string with a complete surrogate pair', { required: 'x\ud83d\ude00y' }, []],
    ['quantity number', { size: 0.5 }, []],
    ['quantity with a bad suffix', { size: '1K' }, [['error', 'schema/quantity', 'spec.size']]],
    ['quantity as a boolean', { size: true }, [['error', 'schema/type', 'spec.size']]],
    ['int-or-string as a string', { port: 'http' }, []],
    ['int-or-string as an integer', { port: 8080 }, []],
    ['int-or-string as a fraction', { port: 1.5 }, [['error', 'schema/type', 'spec.port']]],
    ['int-or-string beyond int32', { port: 4294967296 }, [['error', 'schema/integer-range', 'spec.port']]],
    ['number accepts a fraction', { ratio: 0.25 }, []],
    ['number rejects a string', { ratio: '0.25' }, [['error', 'schema/type', 'spec.ratio']]],
    ['boolean rejects a string', { enabled: 'yes' }, [['error', 'schema/type', 'spec.enabled']]],
    ['enum value', { mode: 'B' }, []],
    ['enum value not supported', { mode: 'D' }, [['error', 'schema/enum', 'spec.mode']]],
    ['any value', { extra: [1, { a: null }] }, []],
    ['object where a list belongs', { items: {} }, [['error', 'schema/type', 'spec.items']]],
    ['list item missing a required field', { items: [{ protocol: 'TCP' }] }, [['error', 'schema/required-field', 'spec.items[0].name']]],
    ['null list item is an empty object', { items: [null] }, [['error', 'schema/required-field', 'spec.items[0].name']]],
    ['required field null', { required: null }, [['error', 'schema/required-field', 'spec.required']]],
    ['unknown field', { replicaz: 1 }, [['error', 'schema/unknown-field', 'spec.replicaz']]],
    ['field of a later version', { newField: 'x' }, []],
    ['field removed before the target', { oldField: 'x' }, [['error', 'schema/field-not-in-version', 'spec.oldField']]],
    ['map value of the wrong type', { counts: { a: 1, b: 'two' } }, [['error', 'schema/type', 'spec.counts[b]']]],
    ['map value null', { counts: { a: null } }, []],
    ['nested list with the item format', { matrix: [[1], [2, 4294967296]] }, [['error', 'schema/integer-range', 'spec.matrix[1][1]']]],
    ['nested objects', { child: { required: 'x', laterRequired: 'y', replicas: 'no' } }, [['error', 'schema/type', 'spec.child.replicas']]],
    [
      'duplicate list-map key',
      { items: [{ name: 'a' }, { name: 'b' }, { name: 'a', protocol: 'TCP' }] },
      [['warning', 'schema/duplicate-item', 'spec.items[2]']],
    ],
    ['list-map keys differ by a key field', { items: [{ name: 'a', protocol: 'UDP' }, { name: 'a' }] }, []],
  ])('%s', (_name, spec, expected) => {
    expect(check(spec)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(check({ replicas: 'x', ratio: 'y', unknown: 1, required: undefined })).toEqual([
      ['error', 'schema/type', 'spec.replicas'],
      ['error', 'schema/type', 'spec.ratio'],
      ['error', 'schema/unknown-field', 'spec.unknown'],
      ['error', 'schema/required-field', 'spec.required'],
    ]);
  });

  it('reads version ranges for the target version', () => {
    expect(check({ newField: 'x' }, '1.29')).toEqual([['error', 'schema/field-not-in-version', 'spec.newField']]);
    expect(check({ oldField: 'x' }, '1.28')).toEqual([]);
    expect(check({ mode: 'C' }, '1.28')).toEqual([['error', 'schema/enum', 'spec.mode']]);
    expect(check({ mode: 'C' }, '1.29')).toEqual([]);
  });

  it('requires a field only in its required range', () => {
    const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.28'));
    const out: Diagnostic[] = [];
    checker.checkObject({ spec: { required: 'x' } }, 0, 0, (d) => out.push(d));
    expect(out).toEqual([]);
    const later = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.29'));
    later.checkObject({ spec: { required: 'x' } }, 0, 0, (d) => out.push(d));
    expect(out.map((d) => d.fieldPath)).toEqual(['spec.laterRequired']);
  });

  it('explains each finding', () => {
    const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.29'));
    const out: Diagnostic[] = [];
    checker.checkObject({ spec: { required: 'x', laterRequired: 'y', replcas: 1, newField: 'n', mode: 'D', enabled: 'true' } }, 0, 0, (d) => out.push(d));
    expect(out).toEqual([
      expect.objectContaining({ message: 'unknown field "replcas" in WidgetSpec', hint: 'did you mean "replicas"?' }),
      expect.objectContaining({ message: 'field newField of WidgetSpec was added in Kubernetes 1.30; target is 1.29' }),
      expect.objectContaining({ message: '"D" is not a supported value', hint: 'use one of: "A", "B", "C"' }),
      expect.objectContaining({ message: 'must be a boolean (true or false), not the string "true"' }),
    ]);
    const old = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.28'));
    out.length = 0;
    old.checkObject({ spec: { required: 'x', mode: 'C' } }, 0, 0, (d) => out.push(d));
    expect(out[0].message).toBe('"C" is supported in Kubernetes 1.29 to 1.30 only; target is 1.28');
  });

  it('does not treat prototype keys as fields', () => {
    const object = JSON.parse('{"spec": {"required": "x", "laterRequired": "y", "__proto__": {"replicas": 1}, "constructor": 1}}');
    const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.30'));
    const out: Diagnostic[] = [];
    checker.checkObject(object, 0, 0, (d) => out.push(d));
    expect(out.map((d) => [d.ruleId, d.fieldPath])).toEqual([
      ['schema/unknown-field', 'spec.__proto__'],
      ['schema/unknown-field', 'spec.constructor'],
    ]);
  });

  it('reports duplicate set items', () => {
    const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.30'));
    const out: Diagnostic[] = [];
    checker.checkObject({ metadata: { finalizers: ['a', 'b', 'a'] } }, 0, 0, (d) => out.push(d));
    expect(out.map((d) => [d.severity, d.ruleId, d.fieldPath])).toEqual([['warning', 'schema/duplicate-item', 'metadata.finalizers[2]']]);
  });
});

describe('SchemaChecker on hostile input', () => {
  it('stops at a nesting depth limit instead of overflowing the stack', () => {
    let child: Record<string, unknown> = { required: 'x', laterRequired: 'y' };
    for (let i = 0; i < 20000; i++) child = { required: 'x', laterRequired: 'y', child };
    const checker = new SchemaChecker(new CompiledSchema(FIXTURE_SCHEMA, '1.30'));
    const out: Diagnostic[] = [];
    checker.checkObject({ spec: child }, 0, 0, (d) => out.push(d));
    expect(out.map((d) => d.ruleId)).toEqual(['schema/too-deep']);
    expect(out[0].fieldPath.startsWith('spec.child.child.')).toBe(true);
  });
});
