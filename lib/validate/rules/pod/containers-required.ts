import type { PodRule } from '../../rule';
import { arrayAt, child } from './access';
import { specRecord } from './pod-containers';

/**
 * A pod needs at least one regular container (`spec.containers`), whatever its init
 * containers. Follows `validateContainers` in the API server's core validation.
 */
export const containersRequired: PodRule = {
  id: 'container/required',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    const containers = arrayAt(spec, 'containers');
    // Missing or of the wrong type: the schema layer reports it; an empty list is ours.
    if (containers === undefined || containers.length > 0) return;
    ctx.report({
      fieldPath: child(site.specPath, 'containers'),
      message: 'a pod needs at least one container, and containers is empty',
      hint: 'add a container with a name and an image to containers',
    });
  },
};
