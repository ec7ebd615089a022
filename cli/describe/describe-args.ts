/**
 * The arguments of `podsmith describe`, parsed like the other commands': every mistake is a
 * one-line usage error that names the option.
 */
import { maxFileBytes, parseCommandArgs } from '../import/import-args';
import { UsageError } from '../usage-error';

/** The parsed arguments of `podsmith describe`. */
export interface DescribeArgs {
  /** Files, directories, and `-` for standard input, in the order given. */
  readonly paths: readonly string[];
  /** Print Mermaid flowcharts instead of text. @default false */
  readonly mermaid: boolean;
  /** Write one SVG picture per pod into this directory. @default undefined (no pictures) */
  readonly svgDirectory?: string;
  /** Largest input file read, in bytes. @default 67108864 (64 MiB) */
  readonly maxFileBytes: number;
  /** `--help` was given. @default false */
  readonly help: boolean;
}

const OPTIONS = {
  mermaid: { type: 'boolean' },
  svg: { type: 'string' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses the arguments that follow `podsmith describe`.
 * @throws UsageError for an unknown option, a bad value, or no input
 */
export function parseDescribeArgs(argv: readonly string[]): DescribeArgs {
  const { paths, values } = parseCommandArgs('describe', argv, OPTIONS);
  const help = values.help === true;
  if (paths.length === 0 && !help) throw new UsageError("no input: give manifest files, directories, or '-' to read standard input", 'describe');
  const svg = values.svg as string | undefined;
  if (svg === '') throw new UsageError("option '--svg' needs a directory", 'describe');
  return {
    paths,
    mermaid: values.mermaid === true,
    ...(svg !== undefined ? { svgDirectory: svg } : {}),
    maxFileBytes: maxFileBytes(values['max-file-size'] as string | undefined, 'describe'),
    help,
  };
}
