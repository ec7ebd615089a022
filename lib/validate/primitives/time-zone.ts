/**
 * Time zone names as the CronJob validation checks them (`validateTimeZone`): each
 * '/'-separated part 1 to 14 characters of letters, digits, '.', '-', '_' and '+', not
 * '.' or '..' and not starting with '-'; not `Local`; and a zone of the IANA database.
 * The database lookup uses the runtime's ICU data, which is case-insensitive where Go's
 * lookup is not, so a canonical name written in the wrong case is rejected here too.
 */

const PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** What is wrong with the time zone name, or `undefined` when it is a valid IANA zone. */
export function checkTimeZone(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty: omit timeZone to use the controller time zone';
  for (const part of name.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !PART.test(part)) return `unknown time zone ${name}`;
  }
  if (name.toLowerCase() === 'local') return 'must be an explicit IANA time zone, not Local';
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return `unknown time zone ${name}`;
  }
  if (resolved.toLowerCase() === name.toLowerCase() && resolved !== name) return `unknown time zone ${name} (did you mean ${resolved}?)`;
  return undefined;
}
