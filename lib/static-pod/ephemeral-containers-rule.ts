import type { PodRule } from '../validate/rule';
import { arrayAt, asRecord, child } from '../validate/rules/pod/access';

/**
 * Static pods never have ephemeral containers: the file is refused with them (as any pod
 * create is), and the API server refuses to add them to the mirror pod later (`kubectl debug`).
 * Runs on Pods only.
 */
export const staticPodEphemeralContainers: PodRule = {
  id: 'static-pod/ephemeral-containers',
  check(site, ctx) {
    if (site.isTemplate) return;
    const list = arrayAt(asRecord(site.spec), 'ephemeralContainers');
    if (list === undefined || list.length === 0) return;
    ctx.report({
      fieldPath: child(site.specPath, 'ephemeralContainers'),
      message: 'a static pod cannot have ephemeral containers',
      hint: 'remove ephemeralContainers; debug a static pod on its node (crictl) or run it as a DaemonSet to use kubectl debug',
    });
  },
};
