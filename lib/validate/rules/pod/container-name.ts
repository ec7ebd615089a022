import { checkDns1123Label } from '../../primitives/names';
import type { PodRule } from '../../rule';
import { child } from './access';
import { podContainers, specRecord } from './pod-containers';

/**
 * Container names: required, a DNS-1123 label, and unique across `containers`,
 * `initContainers` and `ephemeralContainers` (the later duplicate is reported).
 * Follows `validateContainerCommon`, `validateContainers`, `validateInitContainers` and
 * `validateEphemeralContainers`.
 */
export const containerName: PodRule = {
  id: 'container/name',
  check(site, ctx) {
    const seen = new Map<string, string>();
    for (const container of podContainers(specRecord(site.spec), site.specPath, ctx.minor)) {
      const namePath = child(container.path, 'name');
      const name = container.name;
      if (name === undefined) continue; // missing: the schema layer reports the required field
      if (name === '') {
        ctx.report({ ruleId: 'container/name-required', fieldPath: namePath, message: 'the container name is empty', hint: "set a name such as 'web'" });
        continue;
      }
      const problem = checkDns1123Label(name);
      if (problem !== undefined) {
        ctx.report({ ruleId: 'container/name-syntax', fieldPath: namePath, message: `container name "${name}" ${problem}`, hint: "use lower-case letters, digits and '-', e.g. 'log-shipper'" });
      }
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.report({
          ruleId: 'container/name-unique',
          fieldPath: namePath,
          message: `container name "${name}" is already used by ${first}`,
          hint: 'names must be unique across containers, initContainers and ephemeralContainers; rename one of them',
        });
      } else {
        seen.set(name, container.path);
      }
    }
  },
};
