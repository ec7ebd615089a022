import type * as k8s from './k8s/types.generated';
import type { Quantity } from './k8s/types.generated';
import type { Cpu, Memory } from './quantity';
import { QuantityValue } from './quantity/quantity-value';

/** A resource amount: a typed value object, or a Kubernetes quantity string or number. */
export type ResourceAmount = Cpu | Memory | Quantity;

/** Amounts by resource name, with typed units for the common ones. */
export interface ResourceListProps {
  /** CPU, e.g. `Cpu.millis(200)` (`200m`) or `Cpu.cores(1)`. */
  readonly cpu?: Cpu | Quantity;
  /** Memory, e.g. `Memory.mebibytes(250)` (`250Mi`) or `Memory.megabytes(1)` (`1M`). */
  readonly memory?: Memory | Quantity;
  /** Local ephemeral storage, e.g. `Memory.gibibytes(1)`. */
  readonly 'ephemeral-storage'?: Memory | Quantity;
  /** Any other resource (hugepages-2Mi, extended resources such as `example.com/gpu`). */
  readonly [resourceName: string]: ResourceAmount | undefined;
}

/** Compute resources of a container: what it requests for scheduling and its limits. */
export interface ResourcesProps {
  /** Minimum amounts the scheduler reserves for the container. @default none */
  readonly requests?: ResourceListProps;
  /** Maximum amounts the container may use. @default none */
  readonly limits?: ResourceListProps;
  /** Dynamic resource claims the container uses, by name. @default none */
  readonly claims?: k8s.ResourceClaim[];
}

/** The Kubernetes form of one amount. */
export function renderAmount(amount: ResourceAmount): Quantity {
  return amount instanceof QuantityValue ? amount.toString() : amount;
}

function renderList(list: ResourceListProps | undefined): Record<string, Quantity> | undefined {
  if (!list) return undefined;
  const result: Record<string, Quantity> = {};
  for (const [name, amount] of Object.entries(list)) {
    if (amount !== undefined) result[name] = renderAmount(amount);
  }
  return result;
}

/** The Kubernetes form of a container's resources. */
export function renderResources(resources: ResourcesProps): k8s.ResourceRequirements {
  const result: { -readonly [K in keyof k8s.ResourceRequirements]: k8s.ResourceRequirements[K] } = {};
  const requests = renderList(resources.requests);
  const limits = renderList(resources.limits);
  if (requests) result.requests = requests;
  if (limits) result.limits = limits;
  if (resources.claims) result.claims = resources.claims;
  return result;
}
