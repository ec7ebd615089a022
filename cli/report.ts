/**
 * The report of a `podsmith validate` run: every reading problem and every diagnostic
 * of the engine, each located at a file, line and column, in a deterministic order
 * (inputs in the order read, then line, then column, then the order found), and the
 * counts of the summary. Formatters turn it into text or JSON.
 */
import type { ManifestObject } from '../lib/manifest/manifest-object';
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { Diagnostic, Severity } from '../lib/validate/diagnostic';

/** The object a diagnostic is about, as far as its metadata says. */
export interface ObjectSummary {
  /** `apiVersion`, or null when missing or not a string. */
  readonly apiVersion: string | null;
  /** `kind`, or null. */
  readonly kind: string | null;
  /** `metadata.namespace`, or null. */
  readonly namespace: string | null;
  /** `metadata.name`, or null. */
  readonly name: string | null;
}

/** One line of the report. */
export interface ReportEntry {
  /** The file as the user named it (`<stdin>` for standard input). */
  readonly file: string;
  /** 1-based line; 0 for a problem of the whole file. */
  readonly line: number;
  /** 1-based column; 0 for a problem of the whole file. */
  readonly column: number;
  /** How bad it is. */
  readonly severity: Severity;
  /** Stable rule id, e.g. `schema/unknown-field`, `yaml/syntax`. */
  readonly ruleId: string;
  /** Field path inside the object (or the document, for reading problems); empty for the whole. */
  readonly fieldPath: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it, when known. */
  readonly hint?: string;
  /** The object concerned; absent for problems of reading. */
  readonly object?: ObjectSummary;
}

/** Counts of a report. */
export interface ReportSummary {
  /** Entries of severity `error`. */
  readonly errors: number;
  /** Entries of severity `warning`. */
  readonly warnings: number;
  /** Entries of severity `info`. */
  readonly notices: number;
  /** Objects read (after Lists are expanded). */
  readonly objects: number;
  /** Inputs read (files and standard input). */
  readonly files: number;
}

/** The whole report. */
export interface Report {
  /** Entries in report order. */
  readonly entries: readonly ReportEntry[];
  /** Counts. */
  readonly summary: ReportSummary;
}

/** What a run produced, to be reported. */
export interface RunOutcome {
  /** Inputs in the order read (their names), to order the entries. */
  readonly inputOrder: readonly string[];
  /** Inputs actually read. */
  readonly filesRead: number;
  /** The objects given to the engine, in order. */
  readonly objects: readonly ManifestObject[];
  /** The engine's diagnostics (their `objectIndex` points into `objects`). */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems of finding and reading inputs. */
  readonly problems: readonly ReadProblem[];
}

/** Builds the report of a run. */
export function buildReport(outcome: RunOutcome): Report {
  const entries: ReportEntry[] = outcome.problems.map((problem) => ({ ...problem }));
  for (const diagnostic of outcome.diagnostics) entries.push(locateDiagnostic(diagnostic, outcome.objects[diagnostic.objectIndex]));
  return orderReport(outcome.inputOrder, entries, outcome.objects.length, outcome.filesRead);
}

/**
 * The report of entries already located: reading problems first, then the engine's
 * diagnostics, each in the order found; `objects` and `files` are the counts read.
 */
export function orderReport(inputOrder: readonly string[], entries: readonly ReportEntry[], objects: number, files: number): Report {
  const order = new Map<string, number>();
  inputOrder.forEach((name, index) => {
    if (!order.has(name)) order.set(name, index);
  });
  const rank = (file: string): number => order.get(file) ?? order.size;
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry.file) - rank(b.entry.file) || compare(a.entry.file, b.entry.file) || a.entry.line - b.entry.line || a.entry.column - b.entry.column || a.index - b.index)
    .map(({ entry }) => entry);
  return { entries: sorted, summary: summarize(sorted, objects, files) };
}

/** The report entry of an engine diagnostic about `object` (undefined when the index points nowhere). */
export function locateDiagnostic(diagnostic: Diagnostic, object: ManifestObject | undefined): ReportEntry {
  const base = {
    severity: diagnostic.severity,
    ruleId: diagnostic.ruleId,
    fieldPath: diagnostic.fieldPath,
    message: diagnostic.message,
    ...(diagnostic.hint === undefined ? {} : { hint: diagnostic.hint }),
  };
  if (object === undefined) return { file: '', line: 0, column: 0, ...base };
  const position = object.source.locate(diagnostic.fieldPath);
  return { file: object.source.file, line: position.line, column: position.column, ...base, object: summarizeObject(object.value) };
}

/** The metadata that names an object. */
export function summarizeObject(value: Readonly<Record<string, unknown>>): ObjectSummary {
  const metadata = value.metadata;
  const meta = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? (metadata as Record<string, unknown>) : {};
  return {
    apiVersion: stringOrNull(value.apiVersion),
    kind: stringOrNull(value.kind),
    namespace: stringOrNull(Object.prototype.hasOwnProperty.call(meta, 'namespace') ? meta.namespace : undefined),
    name: stringOrNull(Object.prototype.hasOwnProperty.call(meta, 'name') ? meta.name : undefined),
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function summarize(entries: readonly ReportEntry[], objects: number, files: number): ReportSummary {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const entry of entries) {
    if (entry.severity === 'error') errors++;
    else if (entry.severity === 'warning') warnings++;
    else notices++;
  }
  return { errors, warnings, notices, objects, files };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
