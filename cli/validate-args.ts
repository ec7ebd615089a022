/**
 * The arguments of `podsmith validate`, parsed with node's `util.parseArgs` and checked
 * here, so that every mistake is a one-line {@link UsageError} that names the option.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_READ_LIMITS } from '../lib/manifest/limits';
import { UsageError } from './usage-error';

/** The output formats. */
export const OUTPUT_FORMATS = ['text', 'json'] as const;

/** The Pod Security Standards profiles. */
export const PSS_PROFILES = ['baseline', 'restricted'] as const;

/** The parsed arguments of `podsmith validate`. */
export interface ValidateArgs {
  /** Files, directories, and `-` for standard input, in the order given. */
  readonly paths: readonly string[];
  /** Target Kubernetes version as written; checked by the engine. @default undefined (the newest) */
  readonly kubernetesVersion?: string;
  /** Pod Security Standards profile. @default undefined (off) */
  readonly podSecurity?: (typeof PSS_PROFILES)[number];
  /** Output format. @default 'text' */
  readonly format: (typeof OUTPUT_FORMATS)[number];
  /** Objects of unknown kinds are errors instead of notices. @default false */
  readonly strictKinds: boolean;
  /** Largest input file read, in bytes. @default 67108864 (64 MiB) */
  readonly maxFileBytes: number;
  /** `--help` was given: print the help and do nothing else. @default false */
  readonly help: boolean;
}

const OPTIONS = {
  'kubernetes-version': { type: 'string' },
  pss: { type: 'string' },
  format: { type: 'string' },
  'strict-kinds': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * Parses the arguments that follow `podsmith validate`.
 * @throws UsageError for an unknown option, a missing or bad value, or no input path
 */
export function parseValidateArgs(argv: readonly string[]): ValidateArgs {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) throw new UsageError(`unknown option '${token.rawName}'`, 'validate');
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value (got '${token.value}')`, 'validate');
      values[name] = true;
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new UsageError(`option '${token.rawName}' needs a value${token.value === undefined ? '' : ` (found '${token.value}' instead)`}`, 'validate');
    }
    values[name] = token.value;
  }
  const help = values.help === true;
  if (paths.length === 0 && !help) {
    throw new UsageError("no input: give manifest files, directories, or '-' to read standard input", 'validate');
  }
  return {
    paths,
    kubernetesVersion: values['kubernetes-version'] as string | undefined,
    podSecurity: oneOf(values.pss as string | undefined, PSS_PROFILES, '--pss'),
    format: oneOf(values.format as string | undefined, OUTPUT_FORMATS, '--format') ?? 'text',
    strictKinds: values['strict-kinds'] === true,
    maxFileBytes: values['max-file-size'] === undefined ? DEFAULT_READ_LIMITS.maxFileBytes : parseByteSize(values['max-file-size'] as string),
    help,
  };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`option '${option}' must be ${allowed.map((each) => `'${each}'`).join(' or ')} (got '${value}')`, 'validate');
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, K: 1e3, M: 1e6, G: 1e9, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/**
 * A size in bytes: `1048576`, `64Mi` (or `64MiB`), `500K`.
 * @throws UsageError for anything else
 */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/.exec(text.trim());
  const unit = match?.[2] ?? '';
  const factor = SIZE_UNITS[unit];
  const bytes = match === null || factor === undefined ? Number.NaN : Math.floor(Number(match[1]) * factor);
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new UsageError(`option '--max-file-size' must be a size such as 64Mi, 500K or 1048576 (got '${text}')`, 'validate');
  }
  return bytes;
}
