import { describe, expect, it } from 'vitest';
import { ingressSpec } from './ingress-spec';
import { type Expected, expected, run } from './testkit';

const backend = { service: { name: 'web', port: { number: 80 } } };
const ingress = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec });
const withPath = (entry: Record<string, unknown>, host?: string) =>
  ingress({ rules: [{ ...(host === undefined ? {} : { host }), http: { paths: [{ path: '/', pathType: 'Prefix', backend, ...entry }] } }] });
const P = 'spec.rules[0].http.paths[0]';

describe('ingress/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a prefix rule', withPath({}, 'app.example.com'), []],
    ['a default backend only', ingress({ defaultBackend: backend }), []],
    ['nothing', ingress({}), [['spec']]],
    ['a host rule without http', ingress({ rules: [{ host: 'a.example.com' }] }), []],
    ['an upper-case host', withPath({}, 'App.example.com'), [['spec.rules[0].host']]],
    ['an IP host', withPath({}, '10.0.0.1'), [['spec.rules[0].host']]],
    ['a wildcard host', withPath({}, '*.example.com'), []],
    ['a wildcard in the middle', withPath({}, 'a.*.example.com'), [['spec.rules[0].host']]],
    ['a bare wildcard', withPath({}, '*'), [['spec.rules[0].host']]],
    ['no paths', ingress({ rules: [{ http: { paths: [] } }] }), [['spec.rules[0].http.paths']]],
    ['no pathType (the schema requires it)', withPath({ pathType: undefined }), []],
    ['pathType in lower case', withPath({ pathType: 'prefix' }), [[`${P}.pathType`]]],
    ['a relative Prefix path', withPath({ path: 'api' }), [[`${P}.path`]]],
    ['an empty Exact path', withPath({ pathType: 'Exact', path: '' }), [[`${P}.path`]]],
    ['a double slash', withPath({ path: '/a//b' }), [[`${P}.path`]]],
    ['a trailing /..', withPath({ path: '/a/..' }), [[`${P}.path`]]],
    ['an encoded slash', withPath({ path: '/a%2Fb' }), [[`${P}.path`]]],
    ['a regex path, ImplementationSpecific', withPath({ pathType: 'ImplementationSpecific', path: '/api(/|$)(.*)' }), []],
    ['no path, ImplementationSpecific', withPath({ pathType: 'ImplementationSpecific', path: undefined }), []],
    ['a relative ImplementationSpecific path', withPath({ pathType: 'ImplementationSpecific', path: 'api' }), [[`${P}.path`]]],
    ['a named service port', withPath({ backend: { service: { name: 'web', port: { name: 'http' } } } }), []],
    ['both port name and number', withPath({ backend: { service: { name: 'web', port: { name: 'http', number: 80 } } } }), [[`${P}.backend`]]],
    ['no port', withPath({ backend: { service: { name: 'web', port: {} } } }), [[`${P}.backend`]]],
    ['port 70000', withPath({ backend: { service: { name: 'web', port: { number: 70000 } } } }), [[`${P}.backend.service.port.number`]]],
    ['a service name with a dot', withPath({ backend: { service: { name: 'web.v1', port: { number: 80 } } } }), [[`${P}.backend.service.name`]]],
    ['a resource backend', withPath({ backend: { resource: { apiGroup: 'k8s.example.com', kind: 'Bucket', name: 'static' } } }), []],
    ['both kinds of backend', withPath({ backend: { ...backend, resource: { kind: 'Bucket', name: 'static' } } }), [[`${P}.backend`]]],
    ['no backend content', withPath({ backend: {} }), [[`${P}.backend`]]],
    ['a TLS host with upper case', ingress({ defaultBackend: backend, tls: [{ hosts: ['A.example.com'], secretName: 'tls' }] }), [['spec.tls[0].hosts[0]']]],
    ['an ingress class name', ingress({ defaultBackend: backend, ingressClassName: 'nginx' }), []],
    ['a bad ingress class name', ingress({ defaultBackend: backend, ingressClassName: 'Nginx' }), [['spec.ingressClassName']]],
  ])('%s', (_name, object, list) => expect(run(ingressSpec, object)).toEqual(expected(list)));
});
