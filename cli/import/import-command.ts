/**
 * `podsmith import`: reads and validates the manifests as `podsmith validate` does; when
 * any is invalid, prints validate's report on standard error and generates nothing;
 * otherwise generates the app and writes it to the output file or standard output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateApp, type ImportFile } from '../../lib/import';
import type { JsonRecord } from '../../lib/import/json-record';
import { createValidator } from '../../lib/validate';
import type { EngineValidator, ValidatorFactory } from '../engine';
import { EXIT_INVALID, EXIT_USAGE_OR_UNREADABLE, EXIT_VALID, exitCodeFor } from '../exit-code';
import { formatEntry, formatText } from '../format-text';
import { summarizeObject, type ReportEntry } from '../report';
import { UsageError } from '../usage-error';
import type { CommandIo } from '../validate-command';
import { parseImportArgs, type ImportArgs } from './import-args';
import { IMPORT_HELP } from './import-help';
import { readManifests, type ReadOutcome } from './read-manifests';

/** The rule id of an object that cannot be written back exactly. */
export const NOT_REPRODUCIBLE_RULE = 'import/not-reproducible';

/** Runs `podsmith import` with the arguments after the command; returns the exit status. */
export async function runImportCli(argv: readonly string[], io: CommandIo, engine?: () => ValidatorFactory): Promise<number> {
  return runImport(parseImportArgs(argv), io, engine ?? (() => createValidator));
}

/** Runs `podsmith import` with parsed arguments; returns the exit status. */
export async function runImport(args: ImportArgs, io: CommandIo, engine: () => ValidatorFactory): Promise<number> {
  if (args.help) {
    io.stdout(IMPORT_HELP);
    return EXIT_VALID;
  }
  let validator: EngineValidator;
  try {
    validator = engine()({ kubernetesVersion: args.kubernetesVersion });
  } catch (thrown) {
    throw new UsageError(thrown instanceof Error ? thrown.message : String(thrown), 'import');
  }
  const read = await readManifests(args.paths, io, args.maxFileBytes, validator);
  const status = exitCodeFor(read.report.entries);
  if (read.report.entries.length > 0) io.stderr(formatText(read.report));
  if (status !== EXIT_VALID) return status;
  if (read.objects.length === 0) {
    io.stderr('podsmith import: the inputs hold no Kubernetes objects; nothing was generated\n');
    return EXIT_INVALID;
  }

  const files: ImportFile[] = read.inputs.filter((input) => input.objects.length > 0).map((input) => ({ file: input.name, objects: input.objects.map((o) => o.value as JsonRecord) }));
  const generated = generateApp(files, { importFrom: args.importFrom, kubernetesVersion: args.kubernetesVersion });
  if (generated.problems.length > 0) {
    io.stderr(formatProblems(generated.problems, read));
    return EXIT_INVALID;
  }
  if (args.output === undefined) {
    io.stdout(generated.source);
    return EXIT_VALID;
  }
  const target = path.resolve(io.cwd, args.output);
  try {
    fs.writeFileSync(target, generated.source);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    io.stderr(`podsmith import: cannot write ${args.output}${code ? ` (${code})` : ''}; check that its directory exists and is writable\n`);
    return EXIT_USAGE_OR_UNREADABLE;
  }
  io.stderr(`podsmith import: wrote ${args.output} (${count(read.objects.length, 'object')} from ${count(files.length, 'file')})\n`);
  return EXIT_VALID;
}

/** The import problems in validate's text format, each located in its file. */
function formatProblems(problems: ReturnType<typeof generateApp>['problems'], read: ReadOutcome): string {
  const lines: string[] = [];
  for (const problem of problems) {
    const object = read.inputs.find((input) => input.name === problem.file)?.objects[problem.objectIndex];
    const position = object?.source.locate(problem.fieldPath) ?? { line: 0, column: 0 };
    const entry: ReportEntry = {
      file: problem.file,
      line: position.line,
      column: position.column,
      severity: 'error',
      ruleId: NOT_REPRODUCIBLE_RULE,
      fieldPath: problem.fieldPath,
      message: problem.message,
      hint: problem.hint,
      ...(object ? { object: summarizeObject(object.value) } : {}),
    };
    lines.push(formatEntry(entry), `    hint: ${problem.hint}`);
  }
  lines.push(`${count(problems.length, 'object')} cannot be imported; nothing was generated`);
  return `${lines.join('\n')}\n`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
