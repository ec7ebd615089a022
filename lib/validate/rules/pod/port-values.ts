import { checkIanaSvcName } from '../../primitives/names';
import type { PodRule } from '../../rule';
import { arrayAt, boolAt, intAt, isRecord, stringAt } from './access';
import { describeContainer, itemPath, siteContainers, specRecord } from './pod-containers';

/** Protocols a container port may use. */
export const PORT_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** Highest port number. */
export const MAX_PORT = 65535;

/**
 * The ports of each container: `containerPort` required and 1-65535, `hostPort` 1-65535
 * when set (0 means none), `protocol` TCP, UDP or SCTP (empty means TCP), `name` an IANA
 * service name (at most 15 characters) unique within the container. Follows
 * `validateContainerPorts`. A `hostIP` without a `hostPort` is a warning, as in the API
 * server's warnings (`pkg/api/pod/warnings.go`), except in a Pod on the host network, whose
 * unset hostPorts the server defaults to the containerPort.
 */
export const portValues: PodRule = {
  id: 'ports/values',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    const hostPortsDefaulted = !site.isTemplate && boolAt(specRecord(site.spec), 'hostNetwork') === true;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const ports = arrayAt(container.value, 'ports');
      if (ports === undefined) continue;
      let names: Set<string> | undefined;
      for (let index = 0; index < ports.length; index++) {
        const port = ports[index];
        if (!isRecord(port)) continue;
        const name = stringAt(port, 'name');
        if (name !== undefined && name !== '') {
          const problem = checkIanaSvcName(name);
          if (problem !== undefined) {
            ctx.report({ ruleId: 'ports/name-syntax', fieldPath: itemPath(container, 'ports', index, 'name'), message: `port name "${name}" ${problem}`, hint: "use a short lower-case name such as 'http' or 'metrics'" });
          } else if (names !== undefined && names.has(name)) {
            ctx.report({ ruleId: 'ports/name-unique', fieldPath: itemPath(container, 'ports', index, 'name'), message: `port name "${name}" is used twice in ${describeContainer(container)}`, hint: 'give each port of a container its own name' });
          } else {
            (names ??= new Set<string>()).add(name);
          }
        }
        const containerPort = intAt(port, 'containerPort');
        if (containerPort === 0) {
          ctx.report({ ruleId: 'ports/container-port', fieldPath: itemPath(container, 'ports', index, 'containerPort'), message: `a port of ${describeContainer(container)} has no containerPort`, hint: 'set containerPort to the port the process listens on (1-65535)' });
        } else if (containerPort !== undefined && (containerPort < 1 || containerPort > MAX_PORT)) {
          ctx.report({ ruleId: 'ports/container-port', fieldPath: itemPath(container, 'ports', index, 'containerPort'), message: `containerPort ${containerPort} is out of range`, hint: 'use a port number from 1 to 65535' });
        }
        const hostPort = intAt(port, 'hostPort');
        if (hostPort !== undefined && hostPort !== 0 && (hostPort < 1 || hostPort > MAX_PORT)) {
          ctx.report({ ruleId: 'ports/host-port', fieldPath: itemPath(container, 'ports', index, 'hostPort'), message: `hostPort ${hostPort} is out of range`, hint: 'use a port number from 1 to 65535, or remove hostPort' });
        }
        const hostIP = stringAt(port, 'hostIP');
        if (hostIP !== undefined && hostIP !== '' && (hostPort === undefined || hostPort === 0) && !hostPortsDefaulted) {
          ctx.report({ ruleId: 'ports/host-ip-without-host-port', severity: 'warning', fieldPath: itemPath(container, 'ports', index), message: `hostIP ${hostIP} is set without a hostPort, so it has no effect`, hint: 'set hostPort to expose the port on that host address, or remove hostIP' });
        }
        const protocol = stringAt(port, 'protocol');
        if (protocol !== undefined && protocol !== '' && !PORT_PROTOCOLS.includes(protocol)) {
          ctx.report({ ruleId: 'ports/protocol', fieldPath: itemPath(container, 'ports', index, 'protocol'), message: `protocol "${protocol}" is not supported`, hint: 'use TCP, UDP or SCTP (upper case); TCP is the default' });
        }
      }
    }
  },
};
