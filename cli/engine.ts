/**
 * The validation engine, as the command sees it: a factory of validators. The real one
 * is loaded on first use only (`--help` and `--version` never load it); tests give a
 * small stand-in instead.
 *
 * The real engine can also validate objects batch by batch (which lets the command read
 * and validate large inputs a part at a time, on several threads): everything it finds
 * is about one object, except two objects of one kind, namespace and name, which a
 * {@link DuplicateCheck} fed with every object in order finds instead.
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
  /**
   * Present when objects may be validated in batches: a new check of duplicates across
   * batches. The diagnostics of `validate` with the check's `ruleId` are then dropped.
   */
  readonly duplicates?: () => DuplicateCheck;
}

/**
 * What the duplicate check reads of an object: its `apiVersion` and `kind` (null unless
 * a non-empty string), `metadata.name` and `metadata.namespace` (null unless a string).
 */
export type ObjectIdentity = readonly [apiVersion: string | null, kind: string | null, name: string | null, namespace: string | null];

/** Finds objects of one kind, namespace and name across batches. */
export interface DuplicateCheck {
  /** Rule id of the diagnostics it gives. */
  readonly ruleId: string;
  /** Records the object at `index` (of all objects, in order); its diagnostic when an earlier one has its identity. */
  add(identity: ObjectIdentity, index: number): Diagnostic | undefined;
}

/**
 * Creates a validator for the options.
 * @throws Error for options the engine does not support (a usage error)
 */
export type ValidatorFactory = (options: EngineOptions) => EngineValidator;

/** The engine of `lib/validate`, loaded now; its validators can validate in batches. */
export async function loadEngine(): Promise<ValidatorFactory> {
  const engine = await import('../lib/validate');
  const { engineDuplicateCheck } = await import('./duplicate-check');
  return (options) => {
    const validator = engine.createValidator(options);
    return { validate: (objects) => validator.validate(objects), duplicates: engineDuplicateCheck };
  };
}
