/**
 * The validation engine's public API: validate plain Kubernetes objects against the
 * strict schema and the API server's rules of a target Kubernetes version.
 *
 * @example
 * const validator = createValidator({ kubernetesVersion: '1.33' });
 * const diagnostics = validator.validate(objects);
 *
 * @module podsmith/validate
 */
import { SCHEMA } from '../k8s/schema.generated';
import type { CompactSchema } from '../k8s/schema-format';
import type { Diagnostic } from './diagnostic';
import { ValidationEngine } from './engine';
import { resolvePodSecurity, resolveVersion, type ValidateOptions } from './options';
import type { ObjectRule, PodRule } from './rule';
import { ALL_OBJECT_RULES, ALL_POD_RULES } from './rules';
import { podSecurityRules } from './pod-security';

export type { Diagnostic, Severity } from './diagnostic';
export type { ValidateOptions } from './options';
export type { Finding, KubeObject, ObjectRule, PodRule, PodSite, RuleContext } from './rule';
export type { CompactField, CompactKind, CompactRange, CompactSchema, CompactShape, CompactType } from '../k8s/schema-format';

/** A compiled validator: reusable across calls; compile once per option set. */
export interface Validator {
  /** Validates `objects` (plain JSON values); returns every problem, ordered by object index, then discovery. */
  validate(objects: readonly unknown[]): Diagnostic[];
}

/** What {@link createValidatorWith} needs besides the options; tests pass small fixtures here. */
export interface ValidatorParts {
  /** The compact schema. @default the generated schema of Kubernetes 1.28 to 1.36 */
  readonly schema?: CompactSchema;
  /** Object rules. @default every registered object rule */
  readonly objectRules?: readonly ObjectRule[];
  /** Pod rules. @default every registered pod rule */
  readonly podRules?: readonly PodRule[];
}

/**
 * Compiles a validator for `options`.
 * @throws Error for an unsupported `kubernetesVersion` or `podSecurity` profile (usage errors)
 */
export function createValidator(options: ValidateOptions = {}): Validator {
  return createValidatorWith(options, {});
}

/**
 * Compiles a validator from explicit parts (schema, rules); the parts not given are the
 * defaults of {@link createValidator}.
 * @throws Error for an unsupported `kubernetesVersion` or `podSecurity` profile
 */
export function createValidatorWith(options: ValidateOptions, parts: ValidatorParts): Validator {
  const schema = parts.schema ?? SCHEMA;
  const version = resolveVersion(options.kubernetesVersion, schema.versions);
  const profile = resolvePodSecurity(options.podSecurity);
  const podRules = [...(parts.podRules ?? ALL_POD_RULES), ...podSecurityRules(profile)];
  return new ValidationEngine({
    schema,
    version,
    objectRules: parts.objectRules ?? ALL_OBJECT_RULES,
    podRules,
    strictKinds: options.strictKinds === true,
  });
}

/** Validates `objects` once; for repeated use, {@link createValidator} compiles once. */
export function validateObjects(objects: readonly unknown[], options?: ValidateOptions): Diagnostic[] {
  return createValidator(options).validate(objects);
}
