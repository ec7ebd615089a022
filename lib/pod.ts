import { ApiObject, Lazy, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { ContainerProps } from './container';
import type { IPodHost, IPodMetadata } from './pod-host';
import type * as k8s from './k8s/types.generated';
import { defaultObjectName } from './naming';
import { PodSpec, type PodSpecProps } from './pod-spec';
import { registerValidation } from './synth/validation-hook';
import { recordOrigins } from './synth/origins';

/** Props of a Pod: its metadata and every field of its spec, under the Kubernetes names. */
export interface PodProps extends PodSpecProps {
  /** Name, namespace, labels and annotations. @default name: the construct ids below the chart, joined with '-' */
  readonly metadata?: ApiObjectMetadata;
}

/**
 * A Kubernetes Pod (`v1/Pod`). The output holds the fields set in the props and added later,
 * nothing else; with a security profile opted in (`securityProfile`, here or as an app or chart
 * setting), also the security fields the profile fills in where the pod leaves them unset.
 *
 * @example
 * new Pod(chart, 'webapp', { containers: [{ name: 'webapp', image: 'richardchesterwood/k8s-fleetman-webapp-angular:release0' }] });
 */
export class Pod extends ApiObject implements IPodHost {
  /** What runs in the pod; patterns and `add*` methods add to it. */
  public readonly spec: PodSpec;

  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the pod's name unless `metadata.name` is set
   * @param props metadata and spec
   */
  public constructor(scope: Construct, id: string, props: PodProps = {}) {
    const { metadata, ...specProps } = props;
    const holder: { spec?: PodSpec; self?: Pod } = {};
    super(scope, id, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...metadata, name: metadata?.name ?? defaultObjectName(scope, id) },
      spec: Lazy.any({
        produce: () => {
          const rendered = holder.spec!.render();
          recordOrigins(holder.self!, rendered.origins.map((o) => ({ fieldPath: `spec.${o.fieldPath}`, construct: o.construct })));
          return rendered.spec;
        },
      }),
    });
    holder.self = this;
    this.spec = holder.spec = new PodSpec(this, specProps);
    registerValidation(this);
  }

  /** The pod's own metadata: labels and annotations added here are the pod's. */
  public get podMetadata(): IPodMetadata {
    return this.metadata;
  }

  /** Adds a main container. */
  public addContainer(container: ContainerProps): void {
    this.spec.addContainer(container);
  }

  /** Adds an init container, run in order before the main containers. */
  public addInitContainer(container: ContainerProps): void {
    this.spec.addInitContainer(container);
  }

  /** Adds a volume. */
  public addVolume(volume: k8s.Volume): void {
    this.spec.addVolume(volume);
  }
}
