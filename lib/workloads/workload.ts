import { ApiObject, ApiObjectMetadataDefinition, Lazy, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { ContainerProps } from '../container';
import type * as k8s from '../k8s/types.generated';
import { defaultObjectName } from '../naming';
import type { PodProps } from '../pod';
import type { IPodHost } from '../pod-host';
import { PodSpec } from '../pod-spec';
import { recordOrigins } from '../synth/origins';
import { registerValidation } from '../synth/validation-hook';

/** Props every workload takes: its own metadata and the pod template. */
export interface WorkloadProps {
  /** The workload object's name, namespace, labels and annotations. @default name: the construct ids below the chart, joined with '-' */
  readonly metadata?: ApiObjectMetadata;
  /**
   * The pods the workload makes: the same props as a {@link Pod}. `template.metadata` is the
   * pod template's metadata (its labels are what selectors match); the rest is the pod spec.
   */
  readonly template: PodProps;
}

/** The pod template as rendered at synth: what the owning kind places in its spec. */
export interface RenderedPodTemplate {
  /** The template in the Kubernetes form (`metadata` only when something is set in it). */
  readonly template: k8s.PodTemplateSpec;
  /** The template's labels (empty when none are set). */
  readonly labels: Readonly<Record<string, string>>;
}

/** What a concrete workload tells the base class. */
export interface WorkloadDefinition {
  /** e.g. `apps/v1`. */
  readonly apiVersion: string;
  /** e.g. `Deployment`. */
  readonly kind: string;
  /** The workload object's metadata. */
  readonly metadata?: ApiObjectMetadata;
  /** The pod template props. */
  readonly template: PodProps;
  /** Path of the pod template inside the rendered object, e.g. `spec.template`. */
  readonly templatePath: string;
  /** Builds the object's `spec` around the rendered pod template, at synth. */
  readonly renderSpec: (template: RenderedPodTemplate) => Record<string, unknown>;
}

/**
 * The common part of every workload that carries a pod template (Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob): a cdk8s `ApiObject` whose
 * spec is rendered at synth from the template's metadata and {@link PodSpec}, so patterns
 * and `add*` calls made after construction are in the output. It is an {@link IPodHost}:
 * patterns attach to it exactly as to a Pod.
 */
export abstract class Workload extends ApiObject implements IPodHost {
  /** The spec of the pods the workload makes; patterns and `add*` methods add to it. */
  public readonly spec: PodSpec;
  /** The pod template's metadata: labels and annotations added here are the pods'. */
  public readonly podMetadata: ApiObjectMetadataDefinition;

  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the object's name unless `metadata.name` is set
   * @param definition what the concrete kind renders
   */
  protected constructor(scope: Construct, id: string, definition: WorkloadDefinition) {
    const holder: { self?: Workload } = {};
    super(scope, id, {
      apiVersion: definition.apiVersion,
      kind: definition.kind,
      metadata: { ...definition.metadata, name: definition.metadata?.name ?? defaultObjectName(scope, id) },
      spec: Lazy.any({ produce: () => definition.renderSpec(holder.self!.renderTemplate(definition.templatePath)) }),
    });
    holder.self = this;
    const { metadata: templateMetadata, ...specProps } = definition.template;
    this.podMetadata = new ApiObjectMetadataDefinition({ ...(templateMetadata ?? {}), apiObject: this });
    this.spec = new PodSpec(this, specProps, 'template.');
    registerValidation(this);
  }

  /** Adds a main container to the pod template. */
  public addContainer(container: ContainerProps): void {
    this.spec.addContainer(container);
  }

  /** Adds an init container to the pod template, run in order before the main containers. */
  public addInitContainer(container: ContainerProps): void {
    this.spec.addInitContainer(container);
  }

  /** Adds a volume to the pod template. */
  public addVolume(volume: k8s.Volume): void {
    this.spec.addVolume(volume);
  }

  private renderTemplate(templatePath: string): RenderedPodTemplate {
    const metadata = this.podMetadata.toJson() as k8s.ObjectMeta | undefined;
    const rendered = this.spec.render();
    recordOrigins(this, rendered.origins.map((o) => ({ fieldPath: `${templatePath}.spec.${o.fieldPath}`, construct: o.construct })));
    const template: k8s.PodTemplateSpec = metadata === undefined ? { spec: rendered.spec } : { metadata, spec: rendered.spec };
    return { template, labels: { ...(metadata?.labels ?? {}) } };
  }
}
