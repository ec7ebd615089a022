/**
 * A mistake in how the command was called (an unknown option, a bad value, no input).
 * The command prints its one-line message and a pointer to the help, and exits with 2.
 */

/** A usage error of a `podsmith` command. */
export class UsageError extends Error {
  /**
   * @param message what is wrong, in one line
   * @param command the command whose help to point at, e.g. `validate`; empty for `podsmith` itself
   */
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The two lines printed for a usage error. */
export function formatUsageError(error: UsageError): string {
  const help = error.command === '' ? 'podsmith --help' : `podsmith ${error.command} --help`;
  return `podsmith: ${error.message}\nrun '${help}' for usage\n`;
}
