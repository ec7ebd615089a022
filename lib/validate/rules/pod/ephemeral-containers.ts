import type { PodRule } from '../../rule';
import { arrayAt, child } from './access';
import { specRecord } from './pod-containers';

/**
 * `ephemeralContainers` cannot be written in a manifest: the API server refuses them when
 * a Pod is created (`ValidatePodCreate`) and in pod templates; they are only added to a
 * running pod through its `ephemeralcontainers` subresource (`kubectl debug`).
 */
export const ephemeralContainers: PodRule = {
  id: 'container/ephemeral',
  check(site, ctx) {
    const list = arrayAt(specRecord(site.spec), 'ephemeralContainers');
    if (list === undefined || list.length === 0) return;
    ctx.report({
      fieldPath: child(site.specPath, 'ephemeralContainers'),
      message: site.isTemplate
        ? 'ephemeralContainers are not allowed in a pod template'
        : 'ephemeralContainers cannot be set when a pod is created',
      hint: 'remove ephemeralContainers; add debugging containers to a running pod with kubectl debug',
    });
  },
};
