/**
 * Puts the outcomes of the chunks of a `podsmith validate` run together into its report,
 * exactly as one reading and one validation of everything would give it: reading
 * problems file by file, objects numbered across all files, the diagnostics of each
 * object followed by its duplicate diagnostic (found here, over every object in order).
 * A file that a piece says must be read whole is read (and its objects validated) whole
 * here, on the main thread.
 */
import type { ManifestObject } from '../lib/manifest/manifest-object';
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { DuplicateCheck } from './engine';
import { orderReport, locateDiagnostic, type Report, type ReportEntry } from './report';
import { doChunk, readUnit, type ChunkContext, type ChunkOutcome, type UnitOutcome, type WorkChunk, type WorkUnit } from './validate-chunks';

/** An input of the run: its text, or the problem that kept it from being read. */
export type InputOutcome =
  | { readonly text: string }
  /** `counted`: the input was read (it counts among the files) but its bytes are no manifest text. */
  | { readonly problem: ReadProblem; readonly counted: boolean };

/** Everything a run produced. */
export interface RunParts {
  /** Names of inputs and problem paths in the order met (orders the report). */
  readonly inputOrder: readonly string[];
  /** Problems of finding the inputs. */
  readonly inputProblems: readonly ReadProblem[];
  /** The inputs, in reading order (the file indexes of the units). */
  readonly inputs: readonly InputOutcome[];
  /** The chunks, and what each gave (same order). */
  readonly chunks: readonly WorkChunk[];
  readonly outcomes: readonly ChunkOutcome[];
  /** The duplicate check, when the chunks left duplicates to it. */
  readonly duplicates: DuplicateCheck | undefined;
  /** For re-reading units in this thread (the objects of duplicates, files read whole). */
  readonly context: ChunkContext;
}

/** The report of a run, or the failure of a chunk (the first in order). */
export function mergeChunks(parts: RunParts): { readonly report: Report } | { readonly failure: { readonly during: 'reading' | 'validating'; readonly message: string } } {
  const perFile = new Map<number, { unit: WorkUnit; outcome: UnitOutcome }[]>();
  for (let index = 0; index < parts.chunks.length; index++) {
    const outcome = parts.outcomes[index];
    if ('failure' in outcome) return { failure: outcome.failure };
    parts.chunks[index].forEach((unit, at) => {
      let list = perFile.get(unit.file);
      if (list === undefined) perFile.set(unit.file, (list = []));
      list.push({ unit, outcome: outcome.units[at] });
    });
  }
  const problems: ReportEntry[] = parts.inputProblems.map((problem) => ({ ...problem }));
  const diagnostics: ReportEntry[] = [];
  let objects = 0;
  let files = 0;
  let failure: { readonly during: 'reading' | 'validating'; readonly message: string } | undefined;
  parts.inputs.forEach((input, file) => {
    if (failure !== undefined) return;
    if ('problem' in input) {
      problems.push({ ...input.problem });
      if (input.counted) files++;
      return;
    }
    files++;
    let units = perFile.get(file) ?? [];
    if (units.some(({ outcome }) => outcome.wholeFile)) {
      const unit: WorkUnit = { file };
      const redone = doChunk([unit], parts.context);
      if ('failure' in redone) return (failure ??= redone.failure);
      units = [{ unit, outcome: redone.units[0] }];
    }
    for (const { unit, outcome } of units) {
      for (const problem of outcome.problems) problems.push({ ...problem });
      let reread: ManifestObject[] | undefined;
      let entry = 0;
      for (let object = 0; object < outcome.objects; object++) {
        const index = objects++;
        while (entry < outcome.entries.length && outcome.entryObjects[entry] === object) diagnostics.push(outcome.entries[entry++]);
        const duplicate = parts.duplicates?.add(outcome.identities[object], index);
        if (duplicate === undefined) continue;
        reread ??= readUnit(unit, { ...parts.context, objectCounts: new Int32Array(parts.inputs.length) }).objects;
        diagnostics.push(locateDiagnostic(duplicate, reread[object]));
      }
      while (entry < outcome.entries.length) diagnostics.push(outcome.entries[entry++]);
    }
  });
  if (failure !== undefined) return { failure };
  return { report: orderReport(parts.inputOrder, [...problems, ...diagnostics], objects, files) };
}
