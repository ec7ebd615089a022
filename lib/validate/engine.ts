/**
 * The validation engine: per object, the type meta and kind lookup, the strict schema
 * check, the object rules of its kind, the pod rules on each of its pod sites; across
 * objects, duplicates. Every problem is reported, in a deterministic order: object
 * index, then discovery order.
 */
import type { CompactSchema } from '../k8s/schema-format';
import type { Diagnostic } from './diagnostic';
import { DuplicateTracker } from './duplicates';
import { findPodSites } from './pod-sites';
import type { KubeObject, ObjectRule, PodRule } from './rule';
import { RunContext } from './run-context';
import { deferPodSpecErrors, defersPodSpecErrors } from './statefulset-pod-spec';
import { SchemaChecker, describeType } from './schema/check';
import { CompiledSchema } from './schema/compile';
import { KindIndex } from './schema/kinds';

/** How deep lists of lists are expanded. */
const MAX_LIST_DEPTH = 4;

/** Everything the engine needs, resolved from the public options. */
export interface EngineConfig {
  /** The compact schema of all covered versions. */
  readonly schema: CompactSchema;
  /** Target version, e.g. `1.36`; must be one of `schema.versions`. */
  readonly version: string;
  /** Object rules to run. */
  readonly objectRules: readonly ObjectRule[];
  /** Pod rules to run on every pod site (including the Pod Security Standards when enabled). */
  readonly podRules: readonly PodRule[];
  /** Unknown kinds are errors instead of notices. */
  readonly strictKinds: boolean;
}

/** Validates lists of objects; compiled once, reusable, not re-entrant. */
export class ValidationEngine {
  private readonly compiled: CompiledSchema;
  private readonly kinds: KindIndex;
  private readonly checker: SchemaChecker;
  private readonly minor: number;
  private readonly rulesByKind = new Map<string, readonly ObjectRule[]>();

  constructor(private readonly config: EngineConfig) {
    this.compiled = new CompiledSchema(config.schema, config.version);
    this.kinds = new KindIndex(this.compiled);
    this.checker = new SchemaChecker(this.compiled);
    this.minor = Number(config.version.split('.')[1]);
  }

  /** Validates `objects`; returns every diagnostic. */
  validate(objects: readonly unknown[]): Diagnostic[] {
    const ctx = new RunContext(this.minor);
    const duplicates = new DuplicateTracker();
    const sink = (diagnostic: Diagnostic): void => ctx.push(diagnostic);
    for (let index = 0; index < objects.length; index++) {
      ctx.objectIndex = index;
      const start = ctx.out.length;
      this.validateOne(objects[index], index, ctx, sink, duplicates);
      dropShadowedDuplicateWarnings(ctx.out, start);
    }
    return ctx.out;
  }

  private validateOne(
    value: unknown,
    index: number,
    ctx: RunContext,
    sink: (d: Diagnostic) => void,
    duplicates: DuplicateTracker,
    implied?: { apiVersion: string; kind: string },
    depth = 0,
  ): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.push({
        severity: 'error',
        ruleId: 'schema/type',
        fieldPath: '',
        message: `a Kubernetes object must be a map with apiVersion and kind, not ${describeType(value)}`,
        objectIndex: index,
      });
      return;
    }
    const object = value as Record<string, unknown>;
    const apiVersion = implied !== undefined && object.apiVersion === undefined ? implied.apiVersion : this.typeMetaField(object, 'apiVersion', ctx);
    const kind = implied !== undefined && object.kind === undefined ? implied.kind : this.typeMetaField(object, 'kind', ctx);
    if (apiVersion === undefined || kind === undefined) return;
    if (depth < MAX_LIST_DEPTH && this.isList(apiVersion, kind, object)) {
      this.validateListItems(object.items as unknown[], apiVersion, kind, index, ctx, sink, duplicates, depth);
      return;
    }
    const duplicate = duplicates.add(object, apiVersion, kind, index);
    const resolution = this.kinds.resolve(apiVersion, kind);
    if (resolution.status !== 'served') {
      this.reportUnresolvedKind(apiVersion, kind, resolution, ctx);
    } else {
      this.checker.checkObject(object, resolution.kind.typeIndex, index, sink);
      this.runRules(object, apiVersion, kind, ctx);
    }
    if (duplicate !== undefined) {
      ctx.ruleId = 'object/duplicate';
      ctx.report(duplicate);
    }
  }

  /** A `v1` List, or a built-in typed list such as PodList: kubectl applies its items one by one. */
  private isList(apiVersion: string, kind: string, object: Record<string, unknown>): boolean {
    if (!Array.isArray(object.items)) return false;
    if (kind === 'List') return apiVersion === 'v1';
    return kind.endsWith('List') && this.compiled.kind(`${apiVersion}/${kind}`) !== undefined;
  }

  private validateListItems(
    items: readonly unknown[],
    apiVersion: string,
    kind: string,
    index: number,
    ctx: RunContext,
    sink: (d: Diagnostic) => void,
    duplicates: DuplicateTracker,
    depth: number,
  ): void {
    const implied = kind === 'List' ? undefined : { apiVersion, kind: kind.slice(0, -'List'.length) };
    const outer = ctx.prefix;
    for (let i = 0; i < items.length; i++) {
      ctx.prefix = `${outer === '' ? '' : `${outer}.`}items[${i}]`;
      this.validateOne(items[i], index, ctx, sink, duplicates, implied, depth + 1);
    }
    ctx.prefix = outer;
  }

  private typeMetaField(object: Record<string, unknown>, name: 'apiVersion' | 'kind', ctx: RunContext): string | undefined {
    const value = Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
    if (typeof value === 'string' && value !== '') return value;
    const example = name === 'apiVersion' ? "e.g. 'v1' or 'apps/v1'" : "e.g. 'Pod' or 'Deployment'";
    ctx.push({
      severity: 'error',
      ruleId: value === undefined || value === null || value === '' ? 'schema/required-field' : 'schema/type',
      fieldPath: name,
      message:
        value === undefined || value === null || value === ''
          ? `every Kubernetes object needs ${name}`
          : `${name} must be a string, not ${describeType(value)}`,
      hint: `set ${name} (${example})`,
      objectIndex: ctx.objectIndex,
    });
    return undefined;
  }

  private reportUnresolvedKind(
    apiVersion: string,
    kind: string,
    resolution: Exclude<ReturnType<KindIndex['resolve']>, { status: 'served' }>,
    ctx: RunContext,
  ): void {
    const target = this.compiled.version;
    const elsewhere = resolution.alternatives.length > 0 ? `use apiVersion ${resolution.alternatives.join(' or ')}` : undefined;
    if (resolution.status === 'not-in-version') {
      ctx.push({
        severity: 'error',
        ruleId: 'schema/kind-not-in-version',
        fieldPath: 'apiVersion',
        message: `${kind} in ${apiVersion} is served by Kubernetes ${resolution.servedIn}, not by the target ${target}`,
        hint: elsewhere ?? `target a Kubernetes version that serves ${apiVersion} ${kind}`,
        objectIndex: ctx.objectIndex,
      });
      return;
    }
    if (resolution.builtInGroup) {
      ctx.push({
        severity: 'error',
        ruleId: 'schema/unknown-kind',
        fieldPath: resolution.alternatives.length > 0 ? 'apiVersion' : 'kind',
        message: `Kubernetes ${target} has no kind ${kind} in ${apiVersion}, and custom resources cannot use this API group`,
        hint: elsewhere ?? 'check apiVersion and kind for typos',
        objectIndex: ctx.objectIndex,
      });
      return;
    }
    ctx.push({
      severity: this.config.strictKinds ? 'error' : 'info',
      ruleId: 'schema/unknown-kind',
      fieldPath: 'kind',
      message: `${kind} (${apiVersion}) is not a built-in kind of Kubernetes ${target}; it was not checked`,
      hint:
        elsewhere ??
        (this.config.strictKinds
          ? 'remove the object, or turn strict kinds off to accept custom resources unchecked'
          : 'custom resources are checked by their CRD in the cluster, not here'),
      objectIndex: ctx.objectIndex,
    });
  }

  private runRules(object: KubeObject, apiVersion: string, kind: string, ctx: RunContext): void {
    const objectRules = this.objectRulesFor(kind);
    for (let i = 0; i < objectRules.length; i++) {
      const rule = objectRules[i];
      ctx.ruleId = rule.id;
      try {
        rule.check(object, ctx);
      } catch (error) {
        ctx.reportCrash(rule.id, error);
      }
    }
    const podRules = this.config.podRules;
    if (podRules.length === 0) return;
    const sites = findPodSites(object, apiVersion, kind);
    for (const site of sites) {
      const start = ctx.out.length;
      for (let i = 0; i < podRules.length; i++) {
        const rule = podRules[i];
        ctx.ruleId = rule.id;
        try {
          rule.check(site, ctx);
        } catch (error) {
          ctx.reportCrash(rule.id, error);
        }
      }
      if (defersPodSpecErrors(site.ownerKind, this.minor)) deferPodSpecErrors(ctx.out, start, this.minor);
    }
  }

  private objectRulesFor(kind: string): readonly ObjectRule[] {
    let rules = this.rulesByKind.get(kind);
    if (rules === undefined) {
      rules = this.config.objectRules.filter((rule) => rule.kinds === undefined || rule.kinds.includes(kind));
      this.rulesByKind.set(kind, rules);
    }
    return rules;
  }
}

/**
 * Drops the schema's duplicate-entry warnings of one object where a rule already
 * reports an error at that entry or inside it (e.g. two containers with one name), or a
 * warning of its own at that entry (e.g. an environment variable defined twice).
 */
function dropShadowedDuplicateWarnings(out: Diagnostic[], start: number): void {
  let hasDuplicateWarning = false;
  for (let i = start; i < out.length; i++) {
    if (out[i].ruleId === 'schema/duplicate-item') {
      hasDuplicateWarning = true;
      break;
    }
  }
  if (!hasDuplicateWarning) return;
  const errorPaths = out.slice(start).filter((d) => d.severity === 'error').map((d) => d.fieldPath);
  const ruleWarningPaths = new Set(out.slice(start).filter((d) => d.severity === 'warning' && !d.ruleId.startsWith('schema/')).map((d) => d.fieldPath));
  let write = start;
  for (let read = start; read < out.length; read++) {
    const diagnostic = out[read];
    const shadowed =
      diagnostic.ruleId === 'schema/duplicate-item' &&
      (ruleWarningPaths.has(diagnostic.fieldPath) ||
        errorPaths.some((p) => p === diagnostic.fieldPath || p.startsWith(`${diagnostic.fieldPath}.`) || p.startsWith(`${diagnostic.fieldPath}[`)));
    if (!shadowed) out[write++] = diagnostic;
  }
  out.length = write;
}
