/**
 * `podsmith validate`: finds the inputs, reads their objects, validates them (all
 * together as far as problems across objects go, such as two objects of one name),
 * locates every finding in its file, prints the report, and returns the exit status.
 * Reading, validating and formatting are separate steps with their own modules; the
 * engine and the streams are given, so tests can run the command in-process.
 *
 * Large inputs are read and validated in chunks (validate-chunks), on worker threads
 * too when the machine has more than one core (validate-threads); the report is the
 * same, byte for byte, however the work was shared.
 */
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { ValidatorFactory, EngineValidator, EngineOptions } from './engine';
import { EXIT_USAGE_OR_UNREADABLE, exitCodeFor } from './exit-code';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { VALIDATE_HELP } from './help-text';
import { expandInputs } from './input-files';
import { readInputBytes } from './read-input';
import { UsageError, formatUsageError } from './usage-error';
import type { ValidateArgs } from './validate-args';
import { startThreads, validateInputs, type Threading } from './validate-inputs';

export type { Threading } from './validate-inputs';

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
 * @param threading how work is shared between threads @default decided by input size and cores
 */
export async function runValidate(args: ValidateArgs, io: CommandIo, engine?: () => ValidatorFactory, threading: Threading = {}): Promise<number> {
  if (args.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const engineOptions: EngineOptions = { kubernetesVersion: args.kubernetesVersion, podSecurity: args.podSecurity, strictKinds: args.strictKinds };
  const inputs = expandInputs(args.paths, io.cwd);
  // Workers build their own validator from the options: only the engine of lib/validate can be shared so.
  const threads = engine === undefined ? await startThreads(inputs, engineOptions, args.maxFileBytes, threading) : undefined;
  let outcome: Awaited<ReturnType<typeof validateInputs>>;
  try {
    const createValidator = engine !== undefined ? engine() : await (await import('./engine')).loadEngine();
    let validator: EngineValidator;
    try {
      validator = createValidator(engineOptions);
    } catch (thrown) {
      io.stderr(formatUsageError(new UsageError(thrown instanceof Error ? thrown.message : String(thrown), 'validate')));
      return EXIT_USAGE_OR_UNREADABLE;
    }
    const read: (Uint8Array | ReadProblem)[] = [];
    for (const source of inputs.sources) {
      const input = await readInputBytes(source, args.maxFileBytes, io.stdin);
      read.push('problem' in input ? input.problem : input.bytes);
    }
    outcome = await validateInputs({ inputs, read, validator, maxFileBytes: args.maxFileBytes, threads, threading });
  } finally {
    await threads?.stop();
  }
  if ('failure' in outcome) {
    io.stderr(`podsmith: internal error while validating: ${outcome.failure}\nplease report it with the manifests that cause it\n`);
    return EXIT_USAGE_OR_UNREADABLE;
  }
  io.stdout(args.format === 'json' ? formatJson(outcome.report) : formatText(outcome.report));
  return exitCodeFor(outcome.report.entries);
}
