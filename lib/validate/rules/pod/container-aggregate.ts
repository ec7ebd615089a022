import { ownValue } from '../../primitives/access';
import { recordAt } from './access';
import type { PodContainer, SiteContainers } from './pod-containers';
import { usableQuantity } from './resource-list';
import { addQuantities, type ExactQuantity, maxQuantity } from './resource-quantity';

/**
 * One container's request or limit of a resource. A missing request is its limit, as the
 * API server's defaulting of a Pod sets it (a template's pods get the same default).
 */
function containerAmount(container: PodContainer, name: string, list: 'requests' | 'limits'): ExactQuantity | undefined {
  const requirements = recordAt(container.value, 'resources');
  if (requirements === undefined) return undefined;
  const values = recordAt(requirements, list);
  if (values !== undefined && Object.prototype.hasOwnProperty.call(values, name)) return usableQuantity(ownValue(values, name));
  return list === 'requests' ? usableQuantity(ownValue(recordAt(requirements, 'limits') ?? {}, name)) : undefined;
}

/** `a + b`, where `undefined` is absent. */
function plus(a: ExactQuantity | undefined, b: ExactQuantity | undefined): ExactQuantity | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : addQuantities(a, b);
}

/**
 * What the containers of a pod need of one resource together, as
 * `AggregateContainerRequests` and `AggregateContainerLimits`
 * (`k8s.io/component-helpers/resource`) compute it: the sum over the containers and the
 * native sidecars, or, when larger, the most that any init container needs while it runs
 * (its own amount plus the sidecars started before it). `undefined` when no container
 * names the resource.
 */
export function aggregateContainers(containers: SiteContainers, name: string, list: 'requests' | 'limits'): ExactQuantity | undefined {
  let total: ExactQuantity | undefined;
  for (let i = 0; i < containers.regular.length; i++) total = plus(total, containerAmount(containers.regular[i], name, list));
  let sidecars: ExactQuantity | undefined;
  let initPeak: ExactQuantity | undefined;
  for (let i = 0; i < containers.init.length; i++) {
    const container = containers.init[i];
    const amount = containerAmount(container, name, list);
    if (container.sidecar) {
      total = plus(total, amount);
      sidecars = plus(sidecars, amount);
      initPeak = maxQuantity(initPeak, sidecars);
    } else {
      initPeak = maxQuantity(initPeak, plus(amount, sidecars));
    }
  }
  return maxQuantity(total, initPeak);
}
