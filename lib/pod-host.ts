import type { IConstruct } from 'constructs';
import type { PodSpec } from './pod-spec';

/** The metadata of the pods a host makes: what patterns may add to. */
export interface IPodMetadata {
  /** Adds a label to the pods. */
  addLabel(key: string, value: string): void;
  /** Adds an annotation to the pods. */
  addAnnotation(key: string, value: string): void;
  /** A label of the pods, if set. */
  getLabel(key: string): string | undefined;
}

/**
 * A construct that makes pods: a Pod itself, or a workload through its pod template.
 * Patterns (sidecar, adapter, ambassador) attach to a host.
 */
export interface IPodHost extends IConstruct {
  /** The spec of the pods: containers, init containers, volumes. */
  readonly spec: PodSpec;
  /** The metadata of the pods (the Pod's own, or the template's). */
  readonly podMetadata: IPodMetadata;
}
