import { PodsmithUsageError } from '../lib/errors';
import type * as k8s from '../lib/k8s/types.generated';

/** What a {@link Handoff} adds to a container: variables and arguments, appended to its own. */
export interface HandoffResult {
  /** Environment variables to append. */
  readonly env: readonly k8s.EnvVar[];
  /** Arguments to append. */
  readonly args: readonly string[];
}

type Delivery = { readonly kind: 'env'; readonly name: string } | { readonly kind: 'args'; readonly render: (value: string) => readonly string[] } | { readonly kind: 'none' };

/**
 * How a pattern hands a value it computed (an upstream address, a source URL, a path) to its
 * helper container: as an environment variable, as arguments, or not at all (when the image
 * is configured otherwise).
 *
 * @example
 * Handoff.env('UPSTREAM')                                  // UPSTREAM=redis.prod.svc:6379
 * Handoff.args((upstream) => ['--upstream', upstream])     // args: [..., '--upstream', 'redis.prod.svc:6379']
 */
export class Handoff {
  /** As the environment variable `name`, appended after the container's own `env`. */
  public static env(name: string): Handoff {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new PodsmithUsageError('Handoff.env', 'name', 'needs a non-empty environment variable name, e.g. "UPSTREAM"');
    }
    return new Handoff({ kind: 'env', name });
  }

  /** As the arguments `render(value)` returns, appended after the container's own `args`. */
  public static args(render: (value: string) => readonly string[]): Handoff {
    if (typeof render !== 'function') {
      throw new PodsmithUsageError('Handoff.args', 'render', 'needs a function from the value to the arguments, e.g. (v) => [`--upstream=${v}`]');
    }
    return new Handoff({ kind: 'args', render });
  }

  /** Not handed over: the image finds the value by itself (its defaults, its own args). */
  public static none(): Handoff {
    return new Handoff({ kind: 'none' });
  }

  private constructor(private readonly delivery: Delivery) {}

  /** The environment variable name, for an env handoff; undefined otherwise. */
  public get envName(): string | undefined {
    return this.delivery.kind === 'env' ? this.delivery.name : undefined;
  }

  /** What the container gets to receive `value`. */
  public deliver(value: string): HandoffResult {
    switch (this.delivery.kind) {
      case 'env':
        return { env: [{ name: this.delivery.name, value }], args: [] };
      case 'args':
        return { env: [], args: [...this.delivery.render(value)] };
      case 'none':
        return { env: [], args: [] };
    }
  }
}
