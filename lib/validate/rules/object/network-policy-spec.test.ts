import { describe, expect, it } from 'vitest';
import { networkPolicySpec } from './network-policy-spec';
import { type Expected, expected, run } from './testkit';

const policy = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web' }, spec: { podSelector: {}, ...spec } });
const ingress = (rule: Record<string, unknown>) => policy({ ingress: [rule] });
const I = 'spec.ingress[0]';

describe('networkpolicy/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['deny all', policy({ policyTypes: ['Ingress', 'Egress'] }), []],
    ['allow from a namespace on a port range', ingress({ from: [{ namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: {} }], ports: [{ protocol: 'TCP', port: 8000, endPort: 9000 }] }), []],
    ['a named port', ingress({ ports: [{ port: 'http' }] }), []],
    ['a policy type in lower case', policy({ policyTypes: ['ingress'] }), [['spec.policyTypes[0]']]],
    ['three policy types', policy({ policyTypes: ['Ingress', 'Egress', 'Ingress'] }), [['spec.policyTypes']]],
    ['a protocol in lower case', ingress({ ports: [{ protocol: 'tcp', port: 80 }] }), [[`${I}.ports[0].protocol`]]],
    ['port 0', ingress({ ports: [{ port: 0 }] }), [[`${I}.ports[0].port`]]],
    ['a numeric string port', ingress({ ports: [{ port: '80' }] }), [[`${I}.ports[0].port`]]],
    ['endPort below port', ingress({ ports: [{ port: 9000, endPort: 8000 }] }), [[`${I}.ports[0].endPort`]]],
    ['endPort with a named port', ingress({ ports: [{ port: 'http', endPort: 8000 }] }), [[`${I}.ports[0].endPort`]]],
    ['endPort without port', ingress({ ports: [{ endPort: 8000 }] }), [[`${I}.ports[0].endPort`]]],
    ['an empty peer', ingress({ from: [{}] }), [[`${I}.from[0]`]]],
    ['an ipBlock with a selector', policy({ egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] }), [['spec.egress[0].to[0]']]],
    ['an ipBlock with except', ingress({ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }), []],
    ['an IPv6 ipBlock', ingress({ from: [{ ipBlock: { cidr: 'fd00::/8' } }] }), []],
    ['a cidr without a prefix', ingress({ from: [{ ipBlock: { cidr: '10.0.0.1' } }] }), [[`${I}.from[0].ipBlock.cidr`]]],
    ['a prefix too long', ingress({ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }), [[`${I}.from[0].ipBlock.cidr`]]],
    ['a bad except', ingress({ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0'] } }] }), [[`${I}.from[0].ipBlock.except[0]`]]],
    ['a bad pod selector operator', policy({ podSelector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }] } }), [['spec.podSelector.matchExpressions[0].operator']]],
  ])('%s', (_name, object, list) => expect(run(networkPolicySpec, object)).toEqual(expected(list)));
});
