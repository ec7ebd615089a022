/**
 * The work of `podsmith validate`, cut into chunks that can be done one after the other
 * or on several threads: a chunk is a run of whole files and pieces of large files (see
 * lib/manifest/read-pieces), about the same amount of text each. Doing a chunk reads its
 * objects, validates them as one batch, and locates what the engine found; the objects
 * are dropped afterwards, so memory holds one chunk's objects at a time. What a chunk
 * gives back is plain data (it may cross threads); merge-chunks puts it together.
 */
import type { ManifestObject } from '../lib/manifest/manifest-object';
import type { ManifestText } from '../lib/manifest/manifest-text';
import { readManifestText } from '../lib/manifest/read-manifest';
import { cutManifestText, readManifestPiece, type ManifestPiece } from '../lib/manifest/read-pieces';
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { ReadLimits } from '../lib/manifest/limits';
import type { EngineValidator, ObjectIdentity } from './engine';
import { identityOf } from './duplicate-check';
import { locateDiagnostic, type ReportEntry } from './report';

/** A part of the work: a whole file (by its index among the texts), or a piece of one. */
export interface WorkUnit {
  /** Index of the file. */
  readonly file: number;
  /** The piece of the file; absent for the whole file. */
  readonly piece?: ManifestPiece;
}

/** Units done together: their objects are validated as one batch. */
export type WorkChunk = readonly WorkUnit[];

/** What a unit gave. */
export interface UnitOutcome {
  /** Reading problems, located. */
  readonly problems: readonly ReadProblem[];
  /** Objects read. */
  readonly objects: number;
  /** The file must be read whole instead (a character YAML does not allow, or more objects than the limit); nothing else counts. */
  readonly wholeFile: boolean;
  /** Identities of the objects, for the duplicate check; empty when there is none. */
  readonly identities: readonly ObjectIdentity[];
  /** The engine's diagnostics, located, in the engine's order (object by object). */
  readonly entries: readonly ReportEntry[];
  /** For each entry, the index of its object among the unit's objects. */
  readonly entryObjects: readonly number[];
}

/** What a chunk gave: its units' outcomes, or the failure of a step (a bug, reported as an internal error). */
export type ChunkOutcome = { readonly units: readonly UnitOutcome[] } | { readonly failure: { readonly during: 'reading' | 'validating'; readonly message: string } };

/** The texts of the files being validated, by index (undefined for a file that could not be read). */
export interface TextSource {
  /** The file's name, as reported. */
  name(file: number): string;
  /** The file's text, with the indexes its pieces share. */
  manifest(file: number): ManifestText;
}

/** What doing a chunk needs besides the chunk. */
export interface ChunkContext {
  /** The texts. */
  readonly texts: TextSource;
  /** The validator (the same options on every thread). */
  readonly validator: EngineValidator;
  /** The rule id of duplicates, dropped from the engine's diagnostics; undefined when duplicates are left to the engine. */
  readonly duplicateRuleId: string | undefined;
  /** Reading limits. */
  readonly limits: ReadLimits;
  /** Objects read so far per file, from pieces (shared between threads), to stop a file with too many. */
  readonly objectCounts: Int32Array;
}

/**
 * Cuts the work into chunks of about `length` characters of text: each file whole, or
 * in pieces when it is large and can be read in pieces. `texts[i]` is undefined for a
 * file that could not be read.
 */
export function planChunks(texts: readonly (string | undefined)[], length: number): WorkChunk[] {
  const chunks: WorkUnit[][] = [];
  let current: WorkUnit[] = [];
  let size = 0;
  const add = (unit: WorkUnit, unitSize: number): void => {
    current.push(unit);
    size += unitSize;
    if (size >= length) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  };
  texts.forEach((text, file) => {
    if (text === undefined) return;
    const pieces = cutManifestText(text, length);
    if (pieces === undefined) add({ file }, text.length);
    else for (const piece of pieces) add({ file, piece }, piece.end - piece.start);
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Does `chunk`: reads its units, validates their objects as one batch, locates the findings. Never throws. */
export function doChunk(chunk: WorkChunk, context: ChunkContext): ChunkOutcome {
  const read: { objects: ManifestObject[]; problems: readonly ReadProblem[]; wholeFile: boolean }[] = [];
  try {
    for (const unit of chunk) read.push(readUnit(unit, context));
  } catch (thrown) {
    return { failure: { during: 'reading', message: messageOf(thrown) } };
  }
  const objects = read.flatMap((unit) => unit.objects);
  let diagnostics;
  try {
    diagnostics = objects.length === 0 ? [] : context.validator.validate(objects.map((object) => object.value));
  } catch (thrown) {
    return { failure: { during: 'validating', message: messageOf(thrown) } };
  }
  const units = read.map((unit) => ({
    problems: unit.problems,
    objects: unit.objects.length,
    wholeFile: unit.wholeFile,
    identities: context.duplicateRuleId === undefined ? [] : unit.objects.map((object) => identityOf(object.value)),
    entries: [] as ReportEntry[],
    entryObjects: [] as number[],
  }));
  let unitIndex = 0;
  let unitStart = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.ruleId === context.duplicateRuleId) continue;
    while (unitIndex < units.length - 1 && diagnostic.objectIndex >= unitStart + units[unitIndex].objects) unitStart += units[unitIndex++].objects;
    const unit = units[unitIndex];
    unit.entries.push(locateDiagnostic(diagnostic, objects[diagnostic.objectIndex]));
    unit.entryObjects.push(diagnostic.objectIndex - unitStart);
  }
  return { units };
}

/** Reads one unit: a whole file, or a piece (counted against the file's limit of objects). */
export function readUnit(unit: WorkUnit, context: ChunkContext): { objects: ManifestObject[]; problems: readonly ReadProblem[]; wholeFile: boolean } {
  const { texts, limits } = context;
  const manifest = texts.manifest(unit.file);
  if (unit.piece === undefined) return { ...readManifestText(texts.name(unit.file), manifest.text, limits, manifest), wholeFile: false };
  const piece = readManifestPiece(texts.name(unit.file), manifest.text, unit.piece, limits, manifest);
  if (piece.wholeFile) return piece;
  const total = Atomics.add(context.objectCounts, unit.file, piece.objects.length) + piece.objects.length;
  return total > limits.maxObjectsPerFile ? { objects: [], problems: [], wholeFile: true } : piece;
}

function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message.split('\n', 1)[0] : String(thrown);
}
