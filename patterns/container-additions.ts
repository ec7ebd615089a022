import type * as k8s from '../lib/k8s/types.generated';
import type { SidecarContainerProps } from './sidecar';

/** What a pattern adds to its helper container, after the container's own entries. */
export interface ContainerAdditions {
  /** Ports to declare. @default none */
  readonly ports?: readonly k8s.ContainerPort[];
  /** Environment variables. @default none */
  readonly env?: readonly k8s.EnvVar[];
  /** Arguments. @default none */
  readonly args?: readonly string[];
}

/**
 * The helper container's props with the pattern's additions appended to its own lists; a list
 * the container does not have and the pattern adds nothing to stays unset.
 */
export function withAdditions<P extends SidecarContainerProps>(props: P, additions: ContainerAdditions): P {
  const result: Record<string, unknown> = { ...(props as object) };
  for (const field of ['ports', 'env', 'args'] as const) {
    const added = additions[field];
    if (added === undefined || added.length === 0) continue;
    result[field] = [...((props[field] as readonly unknown[] | undefined) ?? []), ...added];
  }
  return result as P;
}

/** A default environment variable name derived from a construct id: `redis` gives `REDIS_ADDR`. */
export function envNameFromId(id: string, suffix: string): string {
  const stem = id.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return `${/^[0-9]/.test(stem) ? '_' : ''}${stem}_${suffix}`;
}

/** Whether `port` is a whole number from 1 to 65535. */
export function isPortNumber(port: unknown): port is number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
}
