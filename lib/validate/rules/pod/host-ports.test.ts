import { describe, expect, it } from 'vitest';
import { hostPorts } from './host-ports';
import { DEGENERATE_SPECS, summarize } from './testkit';

const c = (name: string, ports: unknown[]) => ({ name, image: 'x', ports });

describe('ports/host-port-conflict', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(hostPorts, spec)).toEqual([]);
  });

  it.each([
    ['no host ports', { containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 80 }])] }, []],
    ['the same hostPort in two containers', { containers: [c('a', [{ containerPort: 80, hostPort: 8080 }]), c('b', [{ containerPort: 81, hostPort: 8080 }])] }, ['error ports/host-port-conflict spec.containers[1].ports[0].hostPort']],
    ['the same hostPort, defaulted and explicit TCP', { containers: [c('a', [{ containerPort: 80, hostPort: 8080 }, { containerPort: 81, hostPort: 8080, protocol: 'TCP' }])] }, ['error ports/host-port-conflict spec.containers[0].ports[1].hostPort']],
    ['the same hostPort with TCP and UDP', { containers: [c('a', [{ containerPort: 53, hostPort: 53 }, { containerPort: 53, hostPort: 53, protocol: 'UDP' }])] }, []],
    ['the same hostPort on two host IPs', { containers: [c('a', [{ containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' }]), c('b', [{ containerPort: 80, hostPort: 80, hostIP: '10.0.0.2' }])] }, []],
    ['an init container and a container', { containers: [c('a', [{ containerPort: 80, hostPort: 80 }])], initContainers: [c('i', [{ containerPort: 80, hostPort: 80 }])] }, []],
    ['twice in one init container', { containers: [], initContainers: [c('i', [{ containerPort: 80, hostPort: 80 }, { containerPort: 81, hostPort: 80 }])] }, ['error ports/host-port-conflict spec.initContainers[0].ports[1].hostPort']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(hostPorts, spec)).toEqual(expected);
  });

  it.each([
    ['hostPort equal to containerPort', [{ containerPort: 80, hostPort: 80 }], []],
    ['no hostPort', [{ containerPort: 80 }], []],
    ['a different hostPort', [{ containerPort: 80, hostPort: 8080 }], ['error ports/host-network spec.containers[0].ports[0].hostPort']],
  ])('hostNetwork with %s', (_label, ports, expected) => {
    expect(summarize(hostPorts, { hostNetwork: true, containers: [c('a', ports)] })).toEqual(expected);
  });
  // A Pod's unset hostPort is defaulted to its containerPort under hostNetwork
  // (SetDefaults_Pod); a pod template's is not.
  it.each([
    ['two containers on one containerPort', { hostNetwork: true, containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 80 }])] }, ['error ports/host-port-conflict spec.containers[1].ports[0].hostPort']],
    ['one init container declaring a port twice', { hostNetwork: true, containers: [c('a', [])], initContainers: [c('i', [{ containerPort: 70 }, { containerPort: 70, name: 'again' }])] }, ['error ports/host-port-conflict spec.initContainers[0].ports[1].hostPort']],
    ['a defaulted and an explicit hostPort', { hostNetwork: true, containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 80, hostPort: 80 }])] }, ['error ports/host-port-conflict spec.containers[1].ports[0].hostPort']],
    ['one containerPort over TCP and UDP', { hostNetwork: true, containers: [c('a', [{ containerPort: 53 }, { containerPort: 53, protocol: 'UDP' }])] }, []],
  ])('hostNetwork Pod with %s', (_label, spec, expected) => {
    expect(summarize(hostPorts, spec)).toEqual(expected);
    expect(summarize(hostPorts, spec, { template: true })).toEqual([]);
  });
});
