/**
 * The validation engine, as the command sees it: a factory of validators. The real one
 * is loaded on first use only (`--help` and `--version` never load it); tests give a
 * small stand-in instead.
 */
import type { Diagnostic } from '../lib/validate/diagnostic';

/** The options the command passes to the engine. */
export interface EngineOptions {
  /** Target Kubernetes version as the user wrote it. */
  readonly kubernetesVersion?: string;
  /** Pod Security Standards profile. */
  readonly podSecurity?: 'baseline' | 'restricted';
  /** Unknown kinds are errors instead of notices. */
  readonly strictKinds?: boolean;
}

/** A compiled validator. */
export interface EngineValidator {
  /** Every problem of `objects`; `objectIndex` points into `objects`. */
  validate(objects: readonly unknown[]): Diagnostic[];
}

/**
 * Creates a validator for the options.
 * @throws Error for options the engine does not support (a usage error)
 */
export type ValidatorFactory = (options: EngineOptions) => EngineValidator;

/** The engine of `lib/validate`, loaded now. */
export async function loadEngine(): Promise<ValidatorFactory> {
  const engine = await import('../lib/validate');
  return (options) => engine.createValidator(options);
}
