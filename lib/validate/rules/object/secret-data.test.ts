import { describe, expect, it } from 'vitest';
import { secretData } from './secret-data';
import { type Expected, expected, run } from './testkit';

const secret = (body: Record<string, unknown>, annotations?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: annotations === undefined ? { name: 's' } : { name: 's', annotations },
  ...body,
});
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('secret/data', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no data', secret({}), []],
    ['valid data and stringData', secret({ data: { password: b64('hunter2'), '.env': '' }, stringData: { USER: 'admin' } }), []],
    ['data key with a space', secret({ data: { 'a b': b64('x') } }), [['data[a b]']]],
    ['stringData key with a colon', secret({ stringData: { 'a:b': 'x' } }), [['stringData[a:b]']]],
    ['data key ..', secret({ data: { '..': '' } }), [['data[..]']]],
    ['data value not base64', secret({ data: { k: 'hunter2!' } }), [['data[k]']]],
    ['data value without padding', secret({ data: { k: 'YQ' } }), [['data[k]']]],
    ['stringData value is plain text', secret({ stringData: { k: 'hunter2!' } }), []],
    ['more than 1 MiB', secret({ stringData: { a: 'x'.repeat(1024 * 1024), b: 'y' } }), [['data']]],
    ['stringData replaces data in the size', secret({ data: { a: b64('x'.repeat(1024 * 1024)) }, stringData: { a: 'y' } }), []],
    ['tls with both keys', secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } }), []],
    ['tls with the key in stringData', secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': '' }, stringData: { 'tls.key': 'k' } }), []],
    ['tls without keys', secret({ type: 'kubernetes.io/tls' }), [['data[tls.crt]'], ['data[tls.key]']]],
    ['basic-auth with a username only', secret({ type: 'kubernetes.io/basic-auth', stringData: { username: 'u' } }), []],
    ['basic-auth without either', secret({ type: 'kubernetes.io/basic-auth', stringData: { user: 'u' } }), [['data[username]'], ['data[password]']]],
    ['ssh-auth with a key', secret({ type: 'kubernetes.io/ssh-auth', stringData: { 'ssh-privatekey': 'k' } }), []],
    ['ssh-auth with an empty key', secret({ type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': '' } }), [['data[ssh-privatekey]']]],
    ['dockerconfigjson with an object', secret({ type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': b64('{"auths":{}}') } }), []],
    ['dockerconfigjson missing', secret({ type: 'kubernetes.io/dockerconfigjson', data: { config: b64('{}') } }), [['data[.dockerconfigjson]']]],
    ['dockerconfigjson not JSON', secret({ type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': '{auths' } }), [['stringData[.dockerconfigjson]']]],
    ['dockercfg a JSON list', secret({ type: 'kubernetes.io/dockercfg', stringData: { '.dockercfg': '[]' } }), [['stringData[.dockercfg]']]],
    ['service account token with its annotation', secret({ type: 'kubernetes.io/service-account-token' }, { 'kubernetes.io/service-account.name': 'default' }), []],
    ['service account token without it', secret({ type: 'kubernetes.io/service-account-token' }), [['metadata.annotations[kubernetes.io/service-account.name]']]],
    ['a custom type needs nothing', secret({ type: 'example.com/thing' }), []],
  ])('%s', (_name, object, list) => expect(run(secretData, object)).toEqual(expected(list)));
});
