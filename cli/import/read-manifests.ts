/**
 * Reading the inputs of `podsmith import` and `podsmith describe` exactly as
 * `podsmith validate` reads them (files, directories, `-`, the same limits and problems),
 * keeping the objects grouped by the input they came from. With a validator, each input's
 * objects are validated together, as one chart of an app is at synth: two objects of one
 * name in two files are two charts' objects, written to two files, and not a duplicate.
 */
import type { ManifestObject } from '../../lib/manifest/manifest-object';
import { readManifestBytes } from '../../lib/manifest/read-manifest';
import type { ReadProblem } from '../../lib/manifest/read-problem';
import type { Diagnostic } from '../../lib/validate/diagnostic';
import type { EngineValidator } from '../engine';
import { expandInputs } from '../input-files';
import { readInputBytes } from '../read-input';
import { buildReport, type Report } from '../report';
import type { CommandIo } from '../validate-command';

/** The objects of one input, in the order of the input. */
export interface InputObjects {
  /** The input as the user named it (`<stdin>` for standard input). */
  readonly name: string;
  /** Its objects. */
  readonly objects: readonly ManifestObject[];
}

/** What reading (and validating) the inputs gave. */
export interface ReadOutcome {
  /** Inputs that were read, in order, with their objects. */
  readonly inputs: readonly InputObjects[];
  /** Every object, in input order (the engine's `objectIndex` points here). */
  readonly objects: readonly ManifestObject[];
  /** Reading problems and validation findings, located and ordered as `podsmith validate` reports them. */
  readonly report: Report;
}

/**
 * Reads `paths` (relative to `io.cwd`); validates each input's objects with `validator` when given.
 * @throws Error when the validator fails (an internal error)
 */
export async function readManifests(paths: readonly string[], io: CommandIo, maxFileBytes: number, validator?: EngineValidator): Promise<ReadOutcome> {
  const expanded = expandInputs(paths, io.cwd);
  const problems: ReadProblem[] = [...expanded.problems];
  const inputs: InputObjects[] = [];
  const objects: ManifestObject[] = [];
  for (const source of expanded.sources) {
    const input = await readInputBytes(source, maxFileBytes, io.stdin);
    if ('problem' in input) {
      problems.push(input.problem);
      continue;
    }
    const read = readManifestBytes(source.name, input.bytes, { maxFileBytes });
    inputs.push({ name: source.name, objects: read.objects });
    objects.push(...read.objects);
    problems.push(...read.problems);
  }
  const diagnostics: Diagnostic[] = [];
  if (validator !== undefined) {
    let offset = 0;
    for (const input of inputs) {
      for (const found of validator.validate(input.objects.map((object) => object.value))) diagnostics.push({ ...found, objectIndex: found.objectIndex + offset });
      offset += input.objects.length;
    }
  }
  const report = buildReport({ inputOrder: expanded.order, filesRead: inputs.length, objects, diagnostics, problems });
  return { inputs, objects, report };
}
