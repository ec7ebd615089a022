import type { PodRule } from '../../rule';
import { arrayAt, child, recordsAt, stringAt } from './access';
import { droppedField } from './dropped-field';
import { siteContainers, specRecord } from './pod-containers';

/** First minor version with in-place resize (and so `resizePolicy`) on by default. */
export const RESIZE_MINOR = 33;
const RESOURCES = ['cpu', 'memory'];
const POLICIES = ['NotRequired', 'RestartContainer'];

/**
 * A container's `resizePolicy` (in-place resize, on by default from 1.33; before, the API
 * server drops the field, reported as a warning). Follows `validateResizePolicy`: each
 * resource (cpu or memory) once, restartPolicy NotRequired or RestartContainer, and only
 * NotRequired in a pod with `restartPolicy: Never`.
 */
export const resizePolicy: PodRule = {
  id: 'container/resize-policy',
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const podNever = stringAt(spec, 'restartPolicy') === 'Never';
    const containers = siteContainers(site, ctx.minor).withInit;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const list = arrayAt(container.value, 'resizePolicy');
      if (list === undefined || list.length === 0) continue;
      const entries = recordsAt(container.value, 'resizePolicy');
      if (entries.length === 0) continue;
      const listPath = child(container.path, 'resizePolicy');
      if (ctx.minor < RESIZE_MINOR) {
        ctx.report(droppedField('resizePolicy is', ctx.minor, 'in-place resize', listPath, `target Kubernetes 1.${RESIZE_MINOR} or later, or remove resizePolicy`));
        continue;
      }
      const seen = new Set<string>();
      for (const { index, value: entry } of entries) {
        const path = `${listPath}[${index}]`;
        const resource = stringAt(entry, 'resourceName');
        if (resource !== undefined) {
          if (!RESOURCES.includes(resource)) ctx.report({ fieldPath: child(path, 'resourceName'), message: `resourceName "${resource}" cannot be resized in place`, hint: 'use cpu or memory' });
          else if (seen.has(resource)) ctx.report({ fieldPath: child(path, 'resourceName'), message: `${resource} has two resize policies`, hint: 'give each resource one policy' });
          seen.add(resource);
        }
        const policy = stringAt(entry, 'restartPolicy');
        if (policy === undefined) continue;
        if (!POLICIES.includes(policy)) {
          ctx.report({ fieldPath: child(path, 'restartPolicy'), message: `resize restartPolicy "${policy}" is not supported`, hint: 'use NotRequired or RestartContainer' });
        } else if (podNever && policy !== 'NotRequired') {
          ctx.report({ fieldPath: child(path, 'restartPolicy'), message: 'a pod with restartPolicy Never can only resize with NotRequired', hint: 'set this restartPolicy to NotRequired' });
        }
      }
    }
  },
};
