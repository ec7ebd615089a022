import { describe, expect, it } from 'vitest';
import { portValues } from './port-values';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withPorts = (ports: unknown) => ({ containers: [{ name: 'a', image: 'x', ports }] });

describe('ports/values', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(portValues, spec)).toEqual([]);
  });

  it.each([
    ['ports of the wrong type', withPorts('80'), []],
    ['a junk port entry', withPorts([null]), []],
    ['a missing containerPort (the schema layer reports it)', withPorts([{ name: 'http' }]), []],
    ['containerPort 0', withPorts([{ containerPort: 0 }]), ['error ports/container-port spec.containers[0].ports[0].containerPort']],
    ['containerPort 65536', withPorts([{ containerPort: 65536 }]), ['error ports/container-port spec.containers[0].ports[0].containerPort']],
    ['containerPort -1', withPorts([{ containerPort: -1 }]), ['error ports/container-port spec.containers[0].ports[0].containerPort']],
    ['containerPort of the wrong type', withPorts([{ containerPort: '80' }]), []],
    ['containerPort 65535', withPorts([{ containerPort: 65535 }]), []],
    ['hostPort 0', withPorts([{ containerPort: 80, hostPort: 0 }]), []],
    ['hostPort 70000', withPorts([{ containerPort: 80, hostPort: 70000 }]), ['error ports/host-port spec.containers[0].ports[0].hostPort']],
    ['hostPort -5', withPorts([{ containerPort: 80, hostPort: -5 }]), ['error ports/host-port spec.containers[0].ports[0].hostPort']],
    ['protocol tcp in lower case', withPorts([{ containerPort: 80, protocol: 'tcp' }]), ['error ports/protocol spec.containers[0].ports[0].protocol']],
    ['protocol SCTP', withPorts([{ containerPort: 80, protocol: 'SCTP' }]), []],
    ['a hostIP without hostPort', withPorts([{ containerPort: 80, hostIP: '10.0.0.1' }]), ['warning ports/host-ip-without-host-port spec.containers[0].ports[0]']],
    ['a hostIP with hostPort', withPorts([{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }]), []],
    ['a hostIP without hostPort on the host network (defaulted)', { hostNetwork: true, ...withPorts([{ containerPort: 80, hostIP: '10.0.0.1' }]) }, []],
    ['an empty protocol (defaulted)', withPorts([{ containerPort: 80, protocol: '' }]), []],
    ['a 16-character name', withPorts([{ containerPort: 80, name: 'abcdefghijklmnop' }]), ['error ports/name-syntax spec.containers[0].ports[0].name']],
    ['an upper-case name', withPorts([{ containerPort: 80, name: 'HTTP' }]), ['error ports/name-syntax spec.containers[0].ports[0].name']],
    ['a numeric name', withPorts([{ containerPort: 80, name: '8080' }]), ['error ports/name-syntax spec.containers[0].ports[0].name']],
    ['a name with a double hyphen', withPorts([{ containerPort: 80, name: 'a--b' }]), ['error ports/name-syntax spec.containers[0].ports[0].name']],
    ['a duplicate name', withPorts([{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }]), ['error ports/name-unique spec.containers[0].ports[1].name']],
    ['the same name in two containers', { containers: [{ name: 'a', ports: [{ containerPort: 80, name: 'http' }] }, { name: 'b', ports: [{ containerPort: 81, name: 'http' }] }] }, []],
    ['a good port', withPorts([{ containerPort: 8080, name: 'http-alt', protocol: 'TCP' }]), []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(portValues, spec)).toEqual(expected);
  });

  it('checks init containers', () => {
    expect(summarize(portValues, { containers: [], initContainers: [{ name: 'i', ports: [{ containerPort: 0 }] }] })).toEqual(['error ports/container-port spec.initContainers[0].ports[0].containerPort']);
  });
  it('warns about a hostIP without hostPort in a host-network pod template (not defaulted)', () => {
    const spec = { hostNetwork: true, ...withPorts([{ containerPort: 80, hostIP: '10.0.0.1' }]) };
    expect(summarize(portValues, spec, { template: true })).toEqual(['warning ports/host-ip-without-host-port spec.template.spec.containers[0].ports[0]']);
  });
});
