import type { PodRule } from '../../rule';
import { child, has, recordAt } from './access';
import { specRecord } from './pod-containers';
import { checkHugePagesCompanion, checkResourceList, CONTAINER_RESOURCE_NAMES, type ResourceNameCheck } from './resource-list';

/** Container resource names, without the fractional-bytes warning (the server's warnings only look at containers). */
const OVERHEAD_NAMES: ResourceNameCheck = { ...CONTAINER_RESOURCE_NAMES, warnFractionalBytes: false };

/**
 * Pod overhead (`spec.overhead`). The API server validates it in `ValidatePodSpec` with
 * `validateOverhead`, which checks it as the limits of a container (`resources/name`,
 * `resources/negative`, `resources/integer`, `resources/hugepages`). On creation, the
 * RuntimeClass admission plugin (on by default) rejects a pod with an overhead whose
 * RuntimeClass defines none, or that differs from its RuntimeClass's: without
 * `runtimeClassName` the pod is always rejected (`resources/overhead-runtime-class`);
 * with one, podsmith cannot see the RuntimeClass and only checks the values.
 */
export const podOverhead: PodRule = {
  id: 'resources/overhead',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const overhead = recordAt(spec, 'overhead');
    if (overhead === undefined) return;
    const path = child(site.specPath, 'overhead');
    if (!has(spec, 'runtimeClassName')) {
      ctx.report({
        ruleId: 'resources/overhead-runtime-class',
        fieldPath: path,
        message: 'an overhead without runtimeClassName: the RuntimeClass admission plugin rejects the pod',
        hint: 'remove overhead (the RuntimeClass sets it) or set runtimeClassName to a RuntimeClass that defines this overhead',
      });
    }
    const held = checkResourceList(overhead, path, OVERHEAD_NAMES, ctx);
    if (held !== 0) checkHugePagesCompanion(held, path, 'the pod overhead', ctx);
  },
};
