import { isDeepStrictEqual } from 'node:util';
import type { IConstruct } from 'constructs';
import { parseAllDocuments } from 'yaml';
import { PodsmithUsageError } from '../../lib';
import { formatSynthReport } from '../../lib/synth/report';
import { checkApp } from '../../lib/synth/synth-app';
import { validatorFor } from '../../lib/synth/validate-rendered';
import { stringifyDocuments } from '../../lib/yaml/emit';
import { resolveFieldPath } from './field-path';

/** What became of one app built through the public API. */
export type SynthOutcome =
  /** Synthesized: valid objects that read back from their YAML unchanged. */
  | { readonly kind: 'synthesized'; readonly objects: readonly Record<string, unknown>[] }
  /** Refused at synth, every problem located by construct path and field path. */
  | { readonly kind: 'reported'; readonly ruleIds: readonly string[] }
  /** Refused at once with a {@link PodsmithUsageError} naming where and the prop. */
  | { readonly kind: 'usage-error'; readonly prop: string }
  /** Anything else: a crash, a problem without location, output that does not read back. */
  | { readonly kind: 'finding'; readonly problem: string };

/** Options of {@link synthOutcome}. */
export interface OutcomeOptions {
  /** Construct path every located problem must be under, e.g. `props/`. */
  readonly constructPrefix: string;
  /** Kubernetes version the app targets (to validate the read-back objects). */
  readonly kubernetesVersion: string;
  /** Pod Security Standards level the app enforces, if any. */
  readonly podSecurity?: 'baseline' | 'restricted';
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : `non-error thrown: ${String(error)}`;
}

/** Reads a YAML stream as Kubernetes does (YAML 1.1); throws on any parse error. */
export function readYaml11(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
    return doc.toJS({ maxAliasCount: -1 });
  });
}

/** Whether a usage error names where (a construct under the prefix, or a factory call) and the prop. */
function isLocatedUsageError(error: unknown, prefix: string): error is PodsmithUsageError {
  if (!(error instanceof PodsmithUsageError) || error.prop === '') return false;
  if (error.constructPath !== undefined) return error.constructPath.startsWith(prefix);
  return /^[A-Z][A-Za-z]*\.[a-zA-Z]+(?:\(.*?\))?: /.test(error.message) || error.message.startsWith(prefix);
}

/**
 * Builds an app and classifies what synth makes of it (see {@link SynthOutcome}). Writes
 * nothing: renders, validates, emits YAML in memory and reads it back.
 */
export function synthOutcome(build: () => IConstruct, options: OutcomeOptions): SynthOutcome {
  let app: IConstruct;
  try {
    app = build();
  } catch (error) {
    if (isLocatedUsageError(error, options.constructPrefix)) return { kind: 'usage-error', prop: error.prop };
    return { kind: 'finding', problem: `building threw ${describeThrown(error)}` };
  }
  let checked: ReturnType<typeof checkApp>;
  try {
    checked = checkApp(app);
    formatSynthReport(checked.diagnostics, checked.rendered.constructErrors);
  } catch (error) {
    return { kind: 'finding', problem: `synth threw ${describeThrown(error)}` };
  }
  if (checked.errorCount > 0) {
    const ruleIds: string[] = [];
    for (const d of checked.diagnostics.filter((x) => x.severity === 'error')) {
      const where = d.construct.node.path;
      if (!where.startsWith(options.constructPrefix)) return { kind: 'finding', problem: `${d.ruleId} at ${d.fieldPath} names construct "${where}"` };
      if (resolveFieldPath(d.object.json, d.fieldPath) === 'missing') {
        return { kind: 'finding', problem: `${d.ruleId} names field path "${d.fieldPath}", which is not in the object: ${d.message}` };
      }
      ruleIds.push(d.ruleId);
    }
    for (const error of checked.rendered.constructErrors) {
      if (!error.startsWith(`[${options.constructPrefix}`)) return { kind: 'finding', problem: `construct error without construct path: ${error}` };
      ruleIds.push('construct/validation');
    }
    return { kind: 'reported', ruleIds };
  }
  const objects = checked.rendered.charts.flatMap((chart) => chart.objects.map((object) => object.json));
  let readBack: unknown[];
  try {
    readBack = readYaml11(stringifyDocuments(objects));
  } catch (error) {
    return { kind: 'finding', problem: `emitting or reading the YAML failed: ${describeThrown(error)}` };
  }
  if (!isDeepStrictEqual(readBack, objects)) {
    return { kind: 'finding', problem: `the YAML reads back as other objects: ${JSON.stringify(readBack)} instead of ${JSON.stringify(objects)}` };
  }
  const rejected = validatorFor(options.kubernetesVersion, options.podSecurity).validate(readBack).filter((d) => d.severity === 'error');
  if (rejected.length > 0) return { kind: 'finding', problem: `synth accepted what the validator rejects once read back: ${rejected.map((d) => `${d.ruleId} ${d.fieldPath}`).join(', ')}` };
  return { kind: 'synthesized', objects };
}
