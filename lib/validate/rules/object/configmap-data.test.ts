import { describe, expect, it } from 'vitest';
import { configMapData } from './configmap-data';
import { type Expected, expected, run } from './testkit';

const configMap = (body: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, ...body });

describe('configmap/data', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no data', configMap({}), []],
    ['valid keys', configMap({ data: { 'app.properties': 'a=1', LOG_LEVEL: 'info', '.hidden': 'x', 'a-b_c.d': '' } }), []],
    ['key of 253 characters', configMap({ data: { ['k'.repeat(253)]: 'x' } }), []],
    ['key of 254 characters', configMap({ data: { ['k'.repeat(254)]: 'x' } }), [[`data[${'k'.repeat(254)}]`]]],
    ['key with a slash', configMap({ data: { 'a/b': 'x' } }), [['data[a/b]']]],
    ['empty key', configMap({ data: { '': 'x' } }), [['data[]']]],
    ['key ..', configMap({ data: { '..': 'x' } }), [['data[..]']]],
    ['key .', configMap({ binaryData: { '.': 'YQ==' } }), [['binaryData[.]']]],
    ['key starting with ..', configMap({ data: { '..a': 'x' } }), [['data[..a]']]],
    ['key with a colon', configMap({ data: { 'a:b': 'x' } }), [['data[a:b]']]],
    ['a key in both bags', configMap({ data: { k: 'x' }, binaryData: { k: 'eA==' } }), [['data[k]'], ['binaryData[k]']]],
    ['valid base64 with line breaks', configMap({ binaryData: { k: 'YWJj\nZGVm\n' } }), []],
    ['base64 without padding', configMap({ binaryData: { k: 'YQ' } }), [['binaryData[k]']]],
    ['not base64', configMap({ binaryData: { k: 'not base64!' } }), [['binaryData[k]']]],
    ['url-safe base64', configMap({ binaryData: { k: 'a-_b' } }), [['binaryData[k]']]],
    ['exactly 1 MiB', configMap({ data: { a: 'x'.repeat(1024 * 1024 - 3), b: 'yyy' } }), []],
    ['more than 1 MiB over both bags', configMap({ data: { a: 'x'.repeat(1024 * 1024 - 2) }, binaryData: { b: 'eXl5' } }), [['']]],
    ['keys named like Object members', configMap({ data: { constructor: 'x', toString: 'y' }, binaryData: { hasOwnProperty: 'eA==' } }), []],
    ['a null value (absent)', configMap({ data: { '': null } }), []],
  ])('%s', (_name, object, list) => expect(run(configMapData, object)).toEqual(expected(list)));
});
