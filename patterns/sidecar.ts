import { Construct } from 'constructs';
import type { ContainerProps } from '../lib/container';
import { PodsmithUsageError } from '../lib/errors';
import type * as k8s from '../lib/k8s/types.generated';
import type { IPodHost } from '../lib/pod-host';
import { minorOf, settingsOf } from '../lib/settings';
import { findPodHost, registeredPatterns, registerPattern } from './pod-host';
import {
  checkDeclaredOnce,
  checkMountAt,
  checkSource,
  declaredVolume,
  hasMount,
  helperMount,
  mainMount,
  mainMountPathOf,
  normalizeShares,
  type SharedVolume,
} from './shared-volume';
import { checkHandedEnv, checkMainContainer, locateContainer, placesOfName, type HandedEnv } from './wiring-checks';

/** First Kubernetes minor version with native sidecars on by default (1.29). */
export const NATIVE_SIDECAR_MINOR = 29;

/**
 * The helper container of a pattern: every field of a container under its Kubernetes name,
 * except `restartPolicy`, which the pattern sets (`Always` for a native sidecar).
 */
export interface SidecarContainerProps extends Omit<ContainerProps, 'name' | 'restartPolicy'> {
  /** Name of the helper container; unique in the pod. @default the construct id */
  readonly name?: string;
  /** Image of the helper, e.g. `fluent/fluent-bit:3.1`. */
  readonly image: string;
}

/** Props of a {@link Sidecar}: its container, and how it joins the pod. */
export interface SidecarProps extends SidecarContainerProps {
  /** The main container the helper serves: one of the pod's containers. @default the pod's first container when the pattern is attached */
  readonly mainContainer?: string;
  /**
   * Run as a native sidecar: an init container with `restartPolicy: Always`, started before the
   * main containers and stopped after them. `false` runs it as a regular container beside them.
   * @default true when the target Kubernetes version (settings) is 1.29 or later, else false
   */
  readonly native?: boolean;
  /** Volumes shared with the main container, each declared once in the pod and mounted into both. @default none */
  readonly shares?: SharedVolume | readonly SharedVolume[];
}

/**
 * A helper container that lives as long as the main container and shares its volumes. The
 * base of every pattern: {@link Adapter} and {@link Ambassador} are sidecars with a purpose,
 * and one's own patterns extend it too.
 *
 * Attach it to a Pod, or to a workload through its pod template: the pattern's scope is the
 * host (or a construct inside it). What it wires is recorded with the pattern as origin, so
 * synth problems about it name the pattern's construct path.
 *
 * - Kubernetes 1.29 and later (or `native: true`): a native sidecar, appended to the init
 *   containers. It starts after the init containers already there and before every main
 *   container (after its startup probe passes, if it has one), and is stopped after them. It
 *   may carry liveness, readiness and startup probes. A Job (or a pod with `restartPolicy`
 *   `Never`/`OnFailure`) still completes: the kubelet does not wait for native sidecars to
 *   exit, it stops them once the main containers are done.
 * - Before 1.29 (or `native: false`): a regular container beside the main containers, with
 *   no start order; in a Job it keeps the pod running after the main container finished.
 *
 * @example
 * new Sidecar(web, 'log-shipper', {
 *   image: 'fluent/fluent-bit:3.1',
 *   shares: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true },
 * });
 */
export class Sidecar extends Construct {
  /** Whether `x` is a pattern built on Sidecar (Sidecar, Adapter, Ambassador, or one's own). */
  public static isSidecar(x: unknown): x is Sidecar {
    return x instanceof Sidecar;
  }

  /** The patterns attached to a host, in the order they were attached. */
  public static of(host: IPodHost): readonly Sidecar[] {
    return registeredPatterns(host).filter(Sidecar.isSidecar);
  }

  /** The Pod or workload the pattern is attached to. */
  public readonly host: IPodHost;
  /** Name of the helper container. */
  public readonly containerName: string;
  /** Name of the main container the helper serves. */
  public readonly mainContainerName: string;
  /** Whether the helper runs as a native sidecar (an init container with `restartPolicy: Always`). */
  public readonly native: boolean;
  /** The volumes shared with the main container. */
  public readonly shares: readonly SharedVolume[];

  private readonly mainMountsAdded: k8s.VolumeMount[] = [];
  private readonly handedEnv: HandedEnv[] = [];

  /**
   * @param scope the Pod or workload (or a construct inside one)
   * @param id the construct id; the helper container's name unless `name` is given
   * @param props the helper container and how it joins the pod
   */
  public constructor(scope: Construct, id: string, props: SidecarProps) {
    super(scope, id);
    const host = findPodHost(this);
    if (host === undefined) {
      throw new PodsmithUsageError(this, 'scope', `a pattern is attached to a Pod or a workload, but ${scope.node.path || 'the root'} is neither; create it with the pod as its scope, e.g. new Sidecar(pod, '${id}', {...})`);
    }
    this.host = host;
    const { mainContainer, native, shares, name, ...container } = props;
    if (typeof container.image !== 'string' || container.image.trim() === '') {
      throw new PodsmithUsageError(this, 'image', 'a pattern needs the image of its helper container, e.g. "fluent/fluent-bit:3.1"');
    }
    this.containerName = name ?? id;
    if (this.containerName.trim() === '') throw new PodsmithUsageError(this, 'name', 'needs a non-empty container name, e.g. "log-shipper"');
    this.mainContainerName = this.resolveMainContainer(mainContainer);
    this.native = this.resolveNative(native);
    this.shares = normalizeShares(this, shares);

    const mounts = this.shares.map((share) => this.wireShare(share)).filter((mount) => !hasMount(container.volumeMounts, mount));
    const helper: ContainerProps = {
      name: this.containerName,
      ...container,
      ...(this.native ? { restartPolicy: 'Always' } : {}),
      ...(mounts.length > 0 ? { volumeMounts: [...(container.volumeMounts ?? []), ...mounts] } : {}),
    };
    if (this.native) host.spec.addInitContainer(helper, this);
    else host.spec.addContainer(helper, this);
    registerPattern(host, this);
    this.node.addValidation({ validate: () => this.checkWiring(host.spec.render().spec) });
  }

  /**
   * Hands the main container an environment variable (appended after its own). `prop` is the
   * pattern prop that names the variable; a variable of that name the main container already
   * sets is reported at synth, naming `prop`.
   */
  protected handToMain(env: k8s.EnvVar, prop: string): void {
    this.host.spec.addEnv(this.mainContainerName, env);
    this.handedEnv.push({ env, prop });
  }

  /**
   * Checks, at synth, that the pod holds what the pattern wired. Patterns that wire more
   * override it and add their own problems to `super.checkWiring(spec)`.
   * @param spec the host's pod spec as it renders now
   * @returns one message per problem, each naming the prop or field path and the fix
   */
  protected checkWiring(spec: k8s.PodSpec): string[] {
    const errors = [...checkMainContainer(spec, this.mainContainerName), ...this.checkName(spec)];
    const main = locateContainer(spec, 'containers', this.mainContainerName);
    const helper = locateContainer(spec, this.native ? 'initContainers' : 'containers', this.containerName);
    const others = Sidecar.of(this.host);
    const earlier = others.slice(0, others.indexOf(this));
    for (const share of this.shares) {
      if (!earlier.some((p) => p.shares.some((s) => s.volume === share.volume))) errors.push(...checkDeclaredOnce(spec, share));
      errors.push(...checkSource(spec, share));
      const mainPath = mainMountPathOf(share);
      const mainCheckedBefore = earlier.some((p) => p.mainContainerName === this.mainContainerName && p.shares.some((s) => mainMountPathOf(s) === mainPath));
      if (main && !mainCheckedBefore) errors.push(...checkMountAt(main, mainPath, share, 'main', 'set mainMountPath to a free path, or remove that mount'));
      if (helper) errors.push(...checkMountAt(helper, share.mountPath, share, 'helper', "set mountPath to a free path, or remove that mount from the pattern's volumeMounts"));
    }
    if (main) for (const handed of this.handedEnv) errors.push(...checkHandedEnv(main, handed));
    return errors;
  }

  private checkName(spec: k8s.PodSpec): string[] {
    const places = placesOfName(spec, this.containerName);
    if (places.length <= 1) return [];
    const patterns = Sidecar.of(this.host);
    const named = patterns.filter((p) => p.containerName === this.containerName);
    const first = named[0];
    if (first !== this) {
      return [`name: container name "${this.containerName}" is already used by pattern ${first.node.path}; a pattern's name is used once per pod: give this pattern another name (the name prop or another construct id)`];
    }
    if (places.length > named.length) {
      return [`name: container name "${this.containerName}" is already used by a container of the pod (${places.join(', ')}); give the pattern another name with the name prop`];
    }
    return [];
  }

  private resolveMainContainer(named: string | undefined): string {
    if (named !== undefined) {
      if (named.trim() === '') throw new PodsmithUsageError(this, 'mainContainer', 'needs the name of one of the pod\'s containers, e.g. "web"');
      if (named === this.containerName) throw new PodsmithUsageError(this, 'mainContainer', `"${named}" is the pattern's own container; name the container the pattern serves`);
      return named;
    }
    const helpers = new Set(Sidecar.of(this.host).map((p) => p.containerName));
    const first = this.host.spec.containerNames.find((n) => !helpers.has(n));
    if (first === undefined) {
      throw new PodsmithUsageError(this, 'mainContainer', "the pod has no container yet for the pattern to serve; add the pod's containers before attaching the pattern, or name the main container with mainContainer");
    }
    return first;
  }

  private resolveNative(native: boolean | undefined): boolean {
    const version = settingsOf(this).kubernetesVersion;
    const minor = minorOf(version);
    const supported = minor !== undefined && minor >= NATIVE_SIDECAR_MINOR;
    if (native === true && !supported) {
      throw new PodsmithUsageError(this, 'native', `native sidecars need Kubernetes 1.${NATIVE_SIDECAR_MINOR} or later, but the target is ${version}; set native: false, or target a later kubernetesVersion`);
    }
    return native ?? supported;
  }

  private wireShare(share: SharedVolume): k8s.VolumeMount {
    const spec = this.host.spec;
    if (!spec.volumeNames.includes(share.volume)) spec.addVolume(declaredVolume(share), this);
    const mount = mainMount(share);
    const own = spec.findContainer(this.mainContainerName)?.volumeMounts;
    const byEarlier = Sidecar.of(this.host).some((p) => p.mainContainerName === this.mainContainerName && hasMount(p.mainMountsAdded, mount));
    if (!hasMount(own, mount) && !byEarlier) {
      spec.addVolumeMount(this.mainContainerName, mount);
      this.mainMountsAdded.push(mount);
    }
    return helperMount(share);
  }
}
