/**
 * The `podsmith` command line: `--help`, `--version`, and the `validate` command.
 * Each command's module is loaded only when it runs, so that a call starts fast.
 */
import { MAIN_HELP } from './help-text';
import { UsageError, formatUsageError } from './usage-error';
import type { CommandIo } from './validate-command';
import type { ValidatorFactory } from './engine';

/** Runs `podsmith` with `argv` (the arguments after the program); returns the exit status. */
export async function runCli(argv: readonly string[], io: CommandIo, engine?: () => ValidatorFactory): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      if (command === 'help' && rest[0] === 'validate') return await runCli(['validate', '--help'], io, engine);
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      const { packageVersion } = await import('./package-version');
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (command === 'validate') {
      const { parseValidateArgs } = await import('./validate-args');
      const { runValidate } = await import('./validate-command');
      const args = parseValidateArgs(rest);
      return await runValidate(args, io, engine);
    }
    if (command === 'import') return await (require('./import/import-command') as typeof import('./import/import-command')).runImportCli(rest, io, engine);
    if (command === 'describe') return await (require('./describe/describe-command') as typeof import('./describe/describe-command')).runDescribeCli(rest, io);
    throw new UsageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`, '');
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      io.stderr(formatUsageError(thrown));
      return 2;
    }
    const detail = thrown instanceof Error ? thrown.message.split('\n', 1)[0] : String(thrown);
    io.stderr(`podsmith: internal error: ${detail}\nplease report it with the command and the input that cause it\n`);
    return 2;
  }
}
