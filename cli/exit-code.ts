/**
 * The exit status of `podsmith validate`: 0 when no error was found (warnings and
 * notices allowed), 1 when a manifest has an error, 2 when an input could not be read
 * at all (missing, forbidden, too large, a symbolic link loop) or the command was
 * called wrongly.
 */
import { UNREADABLE_INPUT_RULES } from '../lib/manifest/read-problem';
import type { ReportEntry } from './report';

/** Every manifest is valid. */
export const EXIT_VALID = 0;
/** Some manifest has an error. */
export const EXIT_INVALID = 1;
/** Usage error, or an input that could not be read. */
export const EXIT_USAGE_OR_UNREADABLE = 2;

/** The exit status for a report's entries. */
export function exitCodeFor(entries: readonly ReportEntry[]): number {
  if (entries.some((entry) => entry.severity === 'error' && UNREADABLE_INPUT_RULES.has(entry.ruleId))) return EXIT_USAGE_OR_UNREADABLE;
  if (entries.some((entry) => entry.severity === 'error')) return EXIT_INVALID;
  return EXIT_VALID;
}
