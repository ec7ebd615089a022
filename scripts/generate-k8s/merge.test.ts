import { describe, expect, it } from 'vitest';
import { buildCompactSchema } from './emit-schema';
import { threeVersions } from './fixtures';
import { mergeVersions } from './merge';

describe('mergeVersions and buildCompactSchema', () => {
  it('gives an empty schema for no versions', () => {
    expect(buildCompactSchema(mergeVersions([]))).toEqual({ versions: [], types: [], kinds: {} });
  });

  const schema = buildCompactSchema(mergeVersions(threeVersions()));
  const type = (name: string) => schema.types.find((t) => t.name === name)!;
  const indexOf = (name: string) => schema.types.findIndex((t) => t.name === name);

  it('keeps only types reachable from a kind', () => {
    expect(schema.types.map((t) => t.name)).toEqual([
      'api.core.v1.Container',
      'api.core.v1.Pod',
      'api.core.v1.PodSpec',
      'api.core.v1.PodStatus',
      'apimachinery.pkg.apis.meta.v1.ObjectMeta',
    ]);
    expect(schema.kinds).toEqual({ 'v1/Pod': { type: indexOf('api.core.v1.Pod') } });
  });

  it('records the version a field appears in and enum values by version', () => {
    expect(type('api.core.v1.Container').fields.restartPolicy).toEqual({ t: 's', s: 1, e: ['Always', 'Never'], ev: { Never: [2] } });
  });

  it('records required ranges, int formats, list-map keys, special and free-form shapes', () => {
    const container = type('api.core.v1.Container').fields;
    expect(container.name).toEqual({ t: 's', r: [0, 2] });
    expect(container.replicas).toEqual({ t: 'i', f: 32 });
    expect(container.port).toEqual({ t: 'is' });
    const spec = type('api.core.v1.PodSpec').fields;
    expect(spec.containers).toEqual({ t: ['[]', indexOf('api.core.v1.Container')], r: 1, k: ['name'] });
    expect(spec.extra).toEqual({ t: 'a' });
    expect(type('apimachinery.pkg.apis.meta.v1.ObjectMeta').fields.labels).toEqual({ t: ['{}', 's'] });
  });

  it('keeps the newer object type when a field changes type, and throws on other shape changes', () => {
    const versions = threeVersions();
    const changed = structuredClone(versions);
    changed.forEach((version, index) => {
      (version.definitions['io.k8s.api.core.v1.PodSpec'].properties as Record<string, object>).extra = {
        $ref: `#/definitions/io.k8s.api.core.v1.${index < 2 ? 'Container' : 'PodStatus'}`,
      };
    });
    const model = mergeVersions(changed);
    expect(model.replacedTypes).toEqual(['1.30 io.k8s.api.core.v1.PodSpec.extra: io.k8s.api.core.v1.Container -> io.k8s.api.core.v1.PodStatus']);
    expect(model.types.get('io.k8s.api.core.v1.PodSpec')!.fields.get('extra')!.shape).toBe('#io.k8s.api.core.v1.PodStatus');
    const retyped = structuredClone(versions);
    (retyped[1].definitions['io.k8s.api.core.v1.Container'].properties as Record<string, object>).replicas = { type: 'string' };
    expect(() => mergeVersions(retyped)).toThrow(/1\.29 io\.k8s\.api\.core\.v1\.Container\.replicas: shape "s" differs from "i"/);
  });
});
