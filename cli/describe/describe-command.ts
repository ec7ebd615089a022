import type { CommandIo } from '../validate-command';
/** Placeholder. */
export async function runDescribeCli(_argv: readonly string[], _io: CommandIo): Promise<number> {
  return 2;
}
