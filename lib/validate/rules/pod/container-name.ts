import { checkDns1123Label } from '../../primitives/names';
import type { PodRule } from '../../rule';
import { child } from './access';
import { type PodContainer, siteContainers } from './pod-containers';

/**
 * Container names: required, a DNS-1123 label, and unique across `containers`,
 * `initContainers` and `ephemeralContainers` (the later duplicate is reported).
 * Follows `validateContainerCommon`, `validateContainers`, `validateInitContainers` and
 * `validateEphemeralContainers`.
 */
export const containerName: PodRule = {
  id: 'container/name',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    const seen = new Map<string, PodContainer>();
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      const name = container.name;
      if (name === undefined) continue; // missing: the schema layer reports the required field
      if (name === '') {
        ctx.report({ ruleId: 'container/name-required', fieldPath: child(container.path, 'name'), message: 'the container name is empty', hint: "set a name such as 'web'" });
        continue;
      }
      const problem = checkDns1123Label(name);
      if (problem !== undefined) {
        ctx.report({ ruleId: 'container/name-syntax', fieldPath: child(container.path, 'name'), message: `container name "${name}" ${problem}`, hint: "use lower-case letters, digits and '-', e.g. 'log-shipper'" });
      }
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.report({
          ruleId: 'container/name-unique',
          fieldPath: child(container.path, 'name'),
          message: `container name "${name}" is already used by ${first.path}`,
          hint: 'names must be unique across containers, initContainers and ephemeralContainers; rename one of them',
        });
      } else {
        seen.set(name, container);
      }
    }
  },
};
