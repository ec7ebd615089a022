import { describe, expect, it } from 'vitest';
import { serviceSpec } from './service-spec';
import { type Expected, expected, merge, run } from './testkit';

const service = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec });
const web = (patch: Record<string, unknown> = {}) => service(merge({ selector: { app: 'web' }, ports: [{ port: 80 }] }, patch));

describe('service/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['minimal ClusterIP', web(), []],
    ['no spec at all', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }, [['spec.ports']]],
    ['no ports', service({ selector: { app: 'web' } }), [['spec.ports']]],
    ['headless without ports', service({ clusterIP: 'None' }), []],
    ['headless through clusterIPs', service({ clusterIPs: ['None'] }), []],
    ['ExternalName without ports', service({ type: 'ExternalName', externalName: 'db.example.com.' }), []],
    ['unknown type', web({ type: 'Nodeport' }), [['spec.type']]],
    ['NodePort headless', web({ type: 'NodePort', clusterIP: 'None' }), [['spec.clusterIPs[0]']]],
    ['LoadBalancer headless', web({ type: 'LoadBalancer', clusterIPs: ['None'] }), [['spec.clusterIPs[0]']]],
    ['ExternalName without a name', service({ type: 'ExternalName' }), [['spec.externalName']]],
    ['ExternalName with an upper-case name', service({ type: 'ExternalName', externalName: 'DB.example.com' }), [['spec.externalName']]],
    ['ExternalName with a cluster IP', service({ type: 'ExternalName', externalName: 'db', clusterIP: '10.0.0.1' }), [['spec.clusterIPs']]],
    ['two named ports', web({ ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] }), []],
    ['two ports, one unnamed', web({ ports: [{ name: 'http', port: 80 }, { port: 443 }] }), [['spec.ports[1].name']]],
    ['a port name with upper case', web({ ports: [{ name: 'HTTP', port: 80 }] }), [['spec.ports[0].name']]],
    ['a port name of 63 characters', web({ ports: [{ name: 'a'.repeat(63), port: 80 }] }), []],
    ['a port name of 64 characters', web({ ports: [{ name: 'a'.repeat(64), port: 80 }] }), [['spec.ports[0].name']]],
    ['the same name twice', web({ ports: [{ name: 'http', port: 80 }, { name: 'http', port: 81 }] }), [['spec.ports[1].name']]],
    ['port 0', web({ ports: [{ port: 0 }] }), [['spec.ports[0].port']]],
    ['port 65535', web({ ports: [{ port: 65535 }] }), []],
    ['port 65536', web({ ports: [{ port: 65536 }] }), [['spec.ports[0].port']]],
    ['protocol in lower case', web({ ports: [{ port: 80, protocol: 'tcp' }] }), [['spec.ports[0].protocol']]],
    ['SCTP', web({ ports: [{ port: 80, protocol: 'SCTP' }] }), []],
    ['the same port twice', web({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80, protocol: 'TCP' }] }), [['spec.ports[1]']]],
    ['the same port for TCP and UDP', web({ ports: [{ name: 'a', port: 53 }, { name: 'b', port: 53, protocol: 'UDP' }] }), []],
    ['targetPort 0 and "" are defaulted', web({ ports: [{ name: 'a', port: 80, targetPort: 0 }, { name: 'b', port: 81, targetPort: '' }] }), []],
    ['targetPort named', web({ ports: [{ port: 80, targetPort: 'http-alt' }] }), []],
    ['targetPort 65536', web({ ports: [{ port: 80, targetPort: 65536 }] }), [['spec.ports[0].targetPort']]],
    ['targetPort -1', web({ ports: [{ port: 80, targetPort: -1 }] }), [['spec.ports[0].targetPort']]],
    ['targetPort a numeric string', web({ ports: [{ port: 80, targetPort: '8080' }] }), [['spec.ports[0].targetPort']]],
    ['targetPort name of 16 characters', web({ ports: [{ port: 80, targetPort: 'a'.repeat(16) }] }), [['spec.ports[0].targetPort']]],
    ['targetPort name with upper case', web({ ports: [{ port: 80, targetPort: 'Http' }] }), [['spec.ports[0].targetPort']]],
    ['appProtocol qualified', web({ ports: [{ port: 80, appProtocol: 'kubernetes.io/h2c' }] }), []],
    ['appProtocol with a space', web({ ports: [{ port: 80, appProtocol: 'h 2' }] }), [['spec.ports[0].appProtocol']]],
    ['nodePort on ClusterIP', web({ ports: [{ port: 80, nodePort: 30080 }] }), [['spec.ports[0].nodePort']]],
    ['nodePort on NodePort', web({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }), []],
    ['the same nodePort twice', web({ type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 81, nodePort: 30080 }] }), [['spec.ports[1].nodePort']]],
    ['selector value with a slash', web({ selector: { app: 'a/b' } }), [['spec.selector[app]']]],
    ['sessionAffinity in lower case', web({ sessionAffinity: 'clientip' }), [['spec.sessionAffinity']]],
    ['ClientIP with a timeout of a day', web({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86400 } } }), []],
    ['ClientIP with a timeout of 0', web({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } } }), [['spec.sessionAffinityConfig.clientIP.timeoutSeconds']]],
    ['ClientIP with a timeout over a day', web({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } }), [['spec.sessionAffinityConfig.clientIP.timeoutSeconds']]],
    ['a config without ClientIP', web({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } }), [['spec.sessionAffinityConfig']]],
    ['traffic policies', web({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', internalTrafficPolicy: 'Cluster', ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4', 'IPv6'] }), []],
    ['a bad externalTrafficPolicy', web({ type: 'NodePort', externalTrafficPolicy: 'local' }), [['spec.externalTrafficPolicy']]],
    ['a bad ipFamily', web({ ipFamilies: ['ipv4'] }), [['spec.ipFamilies[0]']]],
  ])('%s', (_name, object, list) => expect(run(serviceSpec, object)).toEqual(expected(list)));
});
