import type { IConstruct } from 'constructs';
import { checkContainerProps, renderContainer, type ContainerProps } from './container';
import type * as k8s from './k8s/types.generated';
import { applyRestrictedProfile } from './security/restricted-profile';
import { checkSecurityProfile, type SecurityProfile } from './security/security-profile';
import { attachSettings, settingsOf } from './settings';

/**
 * What runs in a pod. Every field of the Kubernetes PodSpec is here under its API name
 * (`restartPolicy`, `nodeSelector`, `affinity`, `tolerations`, `volumes`, `securityContext`,
 * `serviceAccountName` ...); containers also take podsmith's value objects.
 */
export interface PodSpecProps extends Omit<k8s.PodSpec, 'containers' | 'initContainers'> {
  /** The pod's containers; more can be added with `addContainer`. @default none (a pod needs at least one by synth) */
  readonly containers?: ContainerProps[];
  /** Containers that run to completion, in order, before the main containers start. @default none */
  readonly initContainers?: ContainerProps[];
  /**
   * The security profile of this pod, overriding the app's or chart's `securityProfile` setting:
   * `restricted` fills in the fields the Pod Security Standards restricted level requires that
   * the pod leaves unset (and validates the pod against that level); `none` fills in nothing.
   * Not a Kubernetes field: it is not in the output, the fields it fills in are.
   * @default the `securityProfile` setting of the nearest chart or app; none when unset
   */
  readonly securityProfile?: SecurityProfile;
}

/** Where a part of the rendered spec came from: the construct that added it. */
export interface SpecOrigin {
  /** Path inside the pod spec, e.g. `containers[1]`. */
  readonly fieldPath: string;
  /** The construct that added it (a pattern, say). */
  readonly construct: IConstruct;
}

/** A pod spec rendered to the Kubernetes form, with the origin of each added part. */
export interface RenderedPodSpec {
  /** The spec in the Kubernetes API's form. */
  readonly spec: k8s.PodSpec;
  /** Parts added by constructs other than the owner. */
  readonly origins: readonly SpecOrigin[];
}

interface Added<T> {
  readonly value: T;
  readonly origin?: IConstruct;
}

/**
 * The pod spec of a Pod or of a workload's pod template: the props it was created with plus
 * what was added later (containers, init containers, volumes, mounts and env wired by
 * patterns). Output is produced at synth, from everything added by then.
 */
export class PodSpec {
  private readonly containers: Added<ContainerProps>[] = [];
  private readonly initContainers: Added<ContainerProps>[] = [];
  private readonly volumes: Added<k8s.Volume>[] = [];
  private readonly extraMounts = new Map<string, k8s.VolumeMount[]>();
  private readonly extraEnv = new Map<string, k8s.EnvVar[]>();
  private readonly rest: Omit<PodSpecProps, 'containers' | 'initContainers' | 'volumes' | 'securityProfile'>;

  /**
   * @param owner the construct the spec belongs to (named in errors)
   * @param props the spec as given
   * @param propPrefix where the spec's props sit in the owner's props, e.g. `template.` @default ''
   */
  public constructor(
    private readonly owner: IConstruct,
    props: PodSpecProps,
    private readonly propPrefix = '',
  ) {
    const { containers, initContainers, volumes, securityProfile, ...rest } = props;
    this.rest = rest;
    checkSecurityProfile(owner, `${propPrefix}securityProfile`, securityProfile);
    if (securityProfile !== undefined) attachSettings(owner, { securityProfile });
    containers?.forEach((container, index) => this.push(this.containers, 'containers', index, container));
    initContainers?.forEach((container, index) => this.push(this.initContainers, 'initContainers', index, container));
    volumes?.forEach((volume) => this.volumes.push({ value: volume }));
  }

  /** Adds a main container. `origin` is the construct that adds it, named in synth errors. */
  public addContainer(container: ContainerProps, origin?: IConstruct): void {
    this.push(this.containers, 'containers', this.containers.length, container, origin);
  }

  /**
   * Adds an init container, after those already there. An init container with
   * `restartPolicy: 'Always'` is a native sidecar (Kubernetes 1.29 and later).
   */
  public addInitContainer(container: ContainerProps, origin?: IConstruct): void {
    this.push(this.initContainers, 'initContainers', this.initContainers.length, container, origin);
  }

  /** Adds a volume. */
  public addVolume(volume: k8s.Volume, origin?: IConstruct): void {
    this.volumes.push({ value: volume, origin });
  }

  /** Mounts a volume into the container (or init container) named `containerName`, after its own mounts. */
  public addVolumeMount(containerName: string, mount: k8s.VolumeMount): void {
    const mounts = this.extraMounts.get(containerName) ?? [];
    mounts.push(mount);
    this.extraMounts.set(containerName, mounts);
  }

  /** Adds an environment variable to the container named `containerName`, after its own. */
  public addEnv(containerName: string, env: k8s.EnvVar): void {
    const vars = this.extraEnv.get(containerName) ?? [];
    vars.push(env);
    this.extraEnv.set(containerName, vars);
  }

  /** Names of the main containers, in order. */
  public get containerNames(): string[] {
    return this.containers.map((added) => added.value.name);
  }

  /** Names of the init containers, in order. */
  public get initContainerNames(): string[] {
    return this.initContainers.map((added) => added.value.name);
  }

  /** Names of the volumes, in order. */
  public get volumeNames(): string[] {
    return this.volumes.map((added) => added.value.name);
  }

  /** The main container or init container named `name`, as given. */
  public findContainer(name: string): ContainerProps | undefined {
    return [...this.containers, ...this.initContainers].find((added) => added.value.name === name)?.value;
  }

  /**
   * Renders the spec: the props as given, then everything added, in order; with the
   * `restricted` security profile in force, its fields are filled in where left unset.
   */
  public render(): RenderedPodSpec {
    const origins: SpecOrigin[] = [];
    const renderAll = (list: Added<ContainerProps>[], field: string): k8s.Container[] | undefined => {
      if (list.length === 0) return undefined;
      return list.map((added, index) => {
        if (added.origin) origins.push({ fieldPath: `${field}[${index}]`, construct: added.origin });
        return this.renderWithWiring(added.value);
      });
    };
    const volumes = this.volumes.map((added, index) => {
      if (added.origin) origins.push({ fieldPath: `volumes[${index}]`, construct: added.origin });
      return added.value;
    });
    const spec: Record<string, unknown> = { ...this.rest };
    const initContainers = renderAll(this.initContainers, 'initContainers');
    if (initContainers) spec.initContainers = initContainers;
    spec.containers = renderAll(this.containers, 'containers') ?? [];
    if (volumes.length > 0) spec.volumes = volumes;
    const rendered = spec as unknown as k8s.PodSpec;
    return { spec: settingsOf(this.owner).securityProfile === 'restricted' ? applyRestrictedProfile(rendered) : rendered, origins };
  }

  private renderWithWiring(container: ContainerProps): k8s.Container {
    const rendered = renderContainer(container);
    const mounts = this.extraMounts.get(container.name);
    const env = this.extraEnv.get(container.name);
    if (!mounts && !env) return rendered;
    return {
      ...rendered,
      ...(mounts ? { volumeMounts: [...(rendered.volumeMounts ?? []), ...mounts] } : {}),
      ...(env ? { env: [...(rendered.env ?? []), ...env] } : {}),
    };
  }

  private push(list: Added<ContainerProps>[], field: string, index: number, container: ContainerProps, origin?: IConstruct): void {
    checkContainerProps(origin ?? this.owner, origin ? field : `${this.propPrefix}${field}[${index}]`, container);
    list.push({ value: container, origin });
  }
}
