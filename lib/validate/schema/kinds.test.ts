import { describe, expect, it } from 'vitest';
import { CompiledSchema } from './compile';
import { FIXTURE_SCHEMA } from './fixture-schema';
import { KindIndex, apiGroup } from './kinds';

describe('apiGroup', () => {
  it.each([
    ['v1', ''],
    ['apps/v1', 'apps'],
    ['example.io/v1', 'example.io'],
  ])('%s is in group %j', (apiVersion, group) => expect(apiGroup(apiVersion)).toBe(group));
});

describe('KindIndex', () => {
  const at = (version: string) => new KindIndex(new CompiledSchema(FIXTURE_SCHEMA, version));

  it('resolves a served kind', () => {
    expect(at('1.30').resolve('example.io/v1', 'Widget')).toMatchObject({ status: 'served', kind: { typeIndex: 0, served: true } });
  });

  it('names the versions of a kind the target does not serve', () => {
    expect(at('1.30').resolve('example.io/v1beta1', 'Widget')).toEqual({ status: 'not-in-version', servedIn: '1.28', alternatives: ['example.io/v1'] });
    expect(at('1.28').resolve('v1', 'Gadget')).toEqual({ status: 'not-in-version', servedIn: '1.30', alternatives: [] });
  });

  it('tells built-in groups from custom resource groups', () => {
    const index = at('1.30');
    expect(index.resolve('v1', 'Widget')).toEqual({ status: 'unknown', builtInGroup: true, alternatives: ['example.io/v1'] });
    expect(index.resolve('apps/v1', 'Thing')).toEqual({ status: 'unknown', builtInGroup: true, alternatives: [] });
    expect(index.resolve('example.io/v2', 'Widget')).toEqual({ status: 'unknown', builtInGroup: true, alternatives: ['example.io/v1'] });
    expect(index.resolve('stable.example.com/v1', 'CronTab')).toEqual({ status: 'unknown', builtInGroup: false, alternatives: [] });
  });
});
