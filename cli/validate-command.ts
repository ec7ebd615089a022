/**
 * `podsmith validate`: finds the inputs, reads their objects, validates them all at
 * once (so that problems across objects, such as two objects of one name, are found),
 * locates every finding in its file, prints the report, and returns the exit status.
 * Reading, validating and formatting are separate steps with their own modules; the
 * engine and the streams are given, so tests can run the command in-process.
 */
import type { ManifestObject } from '../lib/manifest/manifest-object';
import { readManifestBytes } from '../lib/manifest/read-manifest';
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { Diagnostic } from '../lib/validate/diagnostic';
import type { ValidatorFactory, EngineValidator } from './engine';
import { EXIT_USAGE_OR_UNREADABLE, exitCodeFor } from './exit-code';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { VALIDATE_HELP } from './help-text';
import { expandInputs } from './input-files';
import { readInputBytes } from './read-input';
import { buildReport } from './report';
import { UsageError, formatUsageError } from './usage-error';
import type { ValidateArgs } from './validate-args';

/** Where the command reads and writes. */
export interface CommandIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The stream behind the `-` input. */
  readonly stdin: NodeJS.ReadableStream;
  /** The directory relative paths are resolved from. */
  readonly cwd: string;
}

/**
 * Runs `podsmith validate` with parsed arguments; returns the exit status.
 * @param engine the validator factory to use @default the engine of lib/validate, loaded now
 */
export async function runValidate(args: ValidateArgs, io: CommandIo, engine?: () => ValidatorFactory): Promise<number> {
  if (args.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const createValidator = engine !== undefined ? engine() : await (await import('./engine')).loadEngine();
  let validator: EngineValidator;
  try {
    validator = createValidator({ kubernetesVersion: args.kubernetesVersion, podSecurity: args.podSecurity, strictKinds: args.strictKinds });
  } catch (thrown) {
    io.stderr(formatUsageError(new UsageError(thrown instanceof Error ? thrown.message : String(thrown), 'validate')));
    return EXIT_USAGE_OR_UNREADABLE;
  }

  const inputs = expandInputs(args.paths, io.cwd);
  const problems: ReadProblem[] = [...inputs.problems];
  const objects: ManifestObject[] = [];
  let filesRead = 0;
  for (const source of inputs.sources) {
    const input = await readInputBytes(source, args.maxFileBytes, io.stdin);
    if ('problem' in input) {
      problems.push(input.problem);
      continue;
    }
    filesRead++;
    const read = readManifestBytes(source.name, input.bytes, { maxFileBytes: args.maxFileBytes });
    for (const object of read.objects) objects.push(object);
    for (const problem of read.problems) problems.push(problem);
  }

  let diagnostics: Diagnostic[];
  try {
    diagnostics = validator.validate(objects.map((object) => object.value));
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message.split('\n', 1)[0] : String(thrown);
    io.stderr(`podsmith: internal error while validating: ${detail}\nplease report it with the manifests that cause it\n`);
    return EXIT_USAGE_OR_UNREADABLE;
  }

  const report = buildReport({
    inputOrder: inputs.order,
    filesRead,
    objects,
    diagnostics,
    problems,
  });
  io.stdout(args.format === 'json' ? formatJson(report) : formatText(report));
  return exitCodeFor(report.entries);
}
