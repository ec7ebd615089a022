import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from './errors';
import type * as k8s from './k8s/types.generated';
import { Probe } from './probe';
import { renderResources, type ResourcesProps } from './resources';

/** A probe: the {@link Probe} value object, or a raw Kubernetes probe. */
export type ProbeLike = Probe | k8s.Probe;

/**
 * A container of a pod. Every field of the Kubernetes Container is here under its API name
 * (`image`, `imagePullPolicy`, `ports`, `env`, `volumeMounts` ...); probes and resources also take
 * podsmith's value objects.
 */
export interface ContainerProps extends Omit<k8s.Container, 'livenessProbe' | 'readinessProbe' | 'startupProbe' | 'resources'> {
  /** Restarts the container when it fails, e.g. `Probe.httpGet(80, { path: '/' })`. @default none */
  readonly livenessProbe?: ProbeLike;
  /** Takes the pod out of service endpoints while it fails. @default none */
  readonly readinessProbe?: ProbeLike;
  /** Holds back the other probes until it passes once. @default none */
  readonly startupProbe?: ProbeLike;
  /** Requests and limits, e.g. `{ requests: { cpu: Cpu.millis(200), memory: Memory.mebibytes(250) } }`. @default none */
  readonly resources?: ResourcesProps;
}

const PROBE_FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Checks what is wrong whatever else the pod holds: a name and an image that are present but
 * empty. Everything else is the validator's job at synth. `prop` locates the container in the
 * owner's props, e.g. `containers[0]`.
 */
export function checkContainerProps(owner: IConstruct, prop: string, container: ContainerProps): void {
  if (typeof container.name !== 'string' || container.name.trim() === '') {
    throw new PodsmithUsageError(owner, `${prop}.name`, 'a container needs a non-empty name (a DNS label such as "web")');
  }
  if (container.image !== undefined && container.image.trim() === '') {
    throw new PodsmithUsageError(owner, `${prop}.image`, `container "${container.name}" has an empty image; set an image reference such as "nginx:1.27"`);
  }
}

/** The Kubernetes form of a container: every field as set, value objects rendered. */
export function renderContainer(container: ContainerProps): k8s.Container {
  const result: Record<string, unknown> = { ...container };
  for (const field of PROBE_FIELDS) {
    const probe = container[field];
    if (probe instanceof Probe) result[field] = probe.toJson();
  }
  if (container.resources) result.resources = renderResources(container.resources);
  return result as unknown as k8s.Container;
}
