import type { IConstruct } from 'constructs';
import type { IPodHost } from '../lib/pod-host';
import { PodSpec } from '../lib/pod-spec';

/** Whether a construct makes pods: a Pod, or a workload through its pod template. */
export function isPodHost(construct: IConstruct): construct is IPodHost {
  const candidate = construct as Partial<IPodHost>;
  return candidate.spec instanceof PodSpec && typeof candidate.podMetadata?.addAnnotation === 'function';
}

/**
 * The pod host a pattern belongs to: the nearest scope of `construct` (itself excluded) that
 * makes pods. Usually the pattern's own scope; a construct that groups several patterns
 * (say, a sidecar and an adapter published together) may sit in between.
 */
export function findPodHost(construct: IConstruct): IPodHost | undefined {
  const scopes = construct.node.scopes;
  for (let i = scopes.length - 2; i >= 0; i--) {
    const scope = scopes[i];
    if (isPodHost(scope)) return scope;
  }
  return undefined;
}

const PATTERNS = new WeakMap<PodSpec, IConstruct[]>();

/** Records a pattern on its host's spec, in the order patterns are attached. */
export function registerPattern(host: IPodHost, pattern: IConstruct): void {
  const list = PATTERNS.get(host.spec) ?? [];
  list.push(pattern);
  PATTERNS.set(host.spec, list);
}

/** The patterns attached to a host, in the order they were attached. */
export function registeredPatterns(host: IPodHost): readonly IConstruct[] {
  return PATTERNS.get(host.spec) ?? [];
}
