import { omitUndefined } from './internal/omit-undefined';
import type * as k8s from './k8s/types.generated';

/** Options of a variable read from a ConfigMap or Secret key. */
export interface KeyRefOptions {
  /** Whether the key (and its source) may be missing. @default not set (required) */
  readonly optional?: boolean;
}

/**
 * Factories of container environment variables, in the Kubernetes API's form. Raw `EnvVar`
 * objects work in `env` too.
 */
export class Env {
  /** A literal value. Never put a secret here: use {@link Env.fromSecretKey}. */
  public static value(name: string, value: string): k8s.EnvVar {
    return { name, value };
  }

  /** A field of the pod, e.g. `metadata.name`, `metadata.namespace`, `status.podIP`, `spec.nodeName`. */
  public static fromField(name: string, fieldPath: string): k8s.EnvVar {
    return { name, valueFrom: { fieldRef: { fieldPath } } };
  }

  /** A key of a ConfigMap. */
  public static fromConfigMapKey(name: string, configMapName: string, key: string, options: KeyRefOptions = {}): k8s.EnvVar {
    return { name, valueFrom: { configMapKeyRef: omitUndefined({ name: configMapName, key, optional: options.optional }) } };
  }

  /** A key of a Secret. */
  public static fromSecretKey(name: string, secretName: string, key: string, options: KeyRefOptions = {}): k8s.EnvVar {
    return { name, valueFrom: { secretKeyRef: omitUndefined({ name: secretName, key, optional: options.optional }) } };
  }

  /** A resource request or limit of a container, e.g. `limits.memory`. */
  public static fromResource(name: string, resource: string, options: { readonly containerName?: string; readonly divisor?: string } = {}): k8s.EnvVar {
    return { name, valueFrom: { resourceFieldRef: omitUndefined({ resource, containerName: options.containerName, divisor: options.divisor }) } };
  }

  private constructor() {}
}

/** Factories of `envFrom` sources: every key of a ConfigMap or Secret as a variable. */
export class EnvFrom {
  /** Every key of a ConfigMap, optionally prefixed. */
  public static configMap(configMapName: string, options: { readonly prefix?: string; readonly optional?: boolean } = {}): k8s.EnvFromSource {
    return omitUndefined({ prefix: options.prefix, configMapRef: omitUndefined({ name: configMapName, optional: options.optional }) });
  }

  /** Every key of a Secret, optionally prefixed. */
  public static secret(secretName: string, options: { readonly prefix?: string; readonly optional?: boolean } = {}): k8s.EnvFromSource {
    return omitUndefined({ prefix: options.prefix, secretRef: omitUndefined({ name: secretName, optional: options.optional }) });
  }

  private constructor() {}
}
