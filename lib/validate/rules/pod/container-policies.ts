import type { PodRule } from '../../rule';
import { child, stringAt } from './access';
import { siteContainers } from './pod-containers';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

/**
 * A container's `imagePullPolicy` is Always, IfNotPresent or Never, and its
 * `terminationMessagePolicy` File or FallbackToLogsOnError (empty means the default).
 * Follows `validatePullPolicy` and `validateContainerCommon`.
 */
export const containerPolicies: PodRule = {
  id: 'container/policies',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      const pull = stringAt(container.value, 'imagePullPolicy');
      if (pull !== undefined && pull !== '' && !PULL_POLICIES.includes(pull)) {
        ctx.report({ ruleId: 'container/image-pull-policy', fieldPath: child(container.path, 'imagePullPolicy'), message: `imagePullPolicy "${pull}" is not supported`, hint: 'use Always, IfNotPresent or Never' });
      }
      const message = stringAt(container.value, 'terminationMessagePolicy');
      if (message !== undefined && message !== '' && !TERMINATION_MESSAGE_POLICIES.includes(message)) {
        ctx.report({ ruleId: 'container/termination-message-policy', fieldPath: child(container.path, 'terminationMessagePolicy'), message: `terminationMessagePolicy "${message}" is not supported`, hint: 'use File or FallbackToLogsOnError' });
      }
    }
  },
};
