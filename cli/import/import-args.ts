/**
 * The arguments of `podsmith import`, parsed like `podsmith validate`'s: every mistake is a
 * one-line usage error that names the option.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_READ_LIMITS } from '../../lib/manifest/limits';
import { UsageError } from '../usage-error';
import { parseByteSize } from '../validate-args';

/** The parsed arguments of `podsmith import`. */
export interface ImportArgs {
  /** Files, directories, and `-` for standard input, in the order given. */
  readonly paths: readonly string[];
  /** Where to write the app. @default undefined (standard output) */
  readonly output?: string;
  /** Target Kubernetes version: the validator's, and the generated app's setting. @default undefined (the newest) */
  readonly kubernetesVersion?: string;
  /** Import podsmith from this source tree instead of the package. @default undefined */
  readonly importFrom?: string;
  /** Largest input file read, in bytes. @default 67108864 (64 MiB) */
  readonly maxFileBytes: number;
  /** `--help` was given. @default false */
  readonly help: boolean;
}

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'kubernetes-version': { type: 'string' },
  'import-from': { type: 'string' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * Parses the arguments that follow `podsmith <command>` for a command that takes these options.
 * @param command the command, named in usage errors
 * @param argv the arguments
 * @param options the options the command takes
 * @throws UsageError for an unknown option, a missing value, or a value given to a flag
 */
export function parseCommandArgs<T extends Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>(
  command: string,
  argv: readonly string[],
  options: T,
): { readonly paths: string[]; readonly values: Partial<Record<keyof T, string | boolean>> } {
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const values: Partial<Record<keyof T, string | boolean>> = {};
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    if (!Object.prototype.hasOwnProperty.call(options, token.name)) throw new UsageError(`unknown option '${token.rawName}'`, command);
    const name = token.name as keyof T;
    if (options[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value (got '${token.value}')`, command);
      values[name] = true;
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`option '${token.rawName}' needs a value${token.value === undefined ? '' : ` (found '${token.value}' instead)`}`, command);
    }
    values[name] = token.value;
  }
  return { paths, values };
}

/**
 * The `--max-file-size` value in bytes, or the default.
 * @throws UsageError naming `command` for a value that is not a size
 */
export function maxFileBytes(value: string | undefined, command: string): number {
  if (value === undefined) return DEFAULT_READ_LIMITS.maxFileBytes;
  try {
    return parseByteSize(value);
  } catch (thrown) {
    throw new UsageError(thrown instanceof Error ? thrown.message : String(thrown), command);
  }
}

/**
 * Parses the arguments that follow `podsmith import`.
 * @throws UsageError for an unknown option, a bad value, or no input
 */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const { paths, values } = parseCommandArgs('import', argv, OPTIONS);
  const help = values.help === true;
  if (paths.length === 0 && !help) throw new UsageError("no input: give manifest files, directories, or '-' to read standard input", 'import');
  const text = (name: OptionName): string | undefined => values[name] as string | undefined;
  if (text('output') === '') throw new UsageError("option '--output' needs a file name", 'import');
  if (text('import-from') === '') throw new UsageError("option '--import-from' needs a directory", 'import');
  return {
    paths,
    output: text('output'),
    kubernetesVersion: text('kubernetes-version'),
    importFrom: text('import-from'),
    maxFileBytes: maxFileBytes(text('max-file-size'), 'import'),
    help,
  };
}
