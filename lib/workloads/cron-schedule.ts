/**
 * The schedule syntax the API server accepts for a CronJob on create: standard cron with five
 * fields (minute, hour, day of month, month, day of week) or a descriptor (`@hourly`,
 * `@every 1h30m` ...), as the cron library used by Kubernetes parses it, and no time zone in
 * the schedule (`CRON_TZ=`/`TZ=`): the `timeZone` field sets that.
 */

interface FieldBounds {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: ReadonlyMap<string, number>;
}

const MONTH_NAMES = new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, i) => [name, i + 1]));
const DAY_NAMES = new Map(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((name, i) => [name, i]));

const FIELDS: readonly FieldBounds[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 6, names: DAY_NAMES },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** A Go duration as `time.ParseDuration` reads it, e.g. `1h30m`, `90s`, `1.5h`. */
const GO_DURATION = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$/;

function parseNumber(text: string, expression: string, field: FieldBounds): number | string {
  const named = field.names?.get(text.toLowerCase());
  if (named !== undefined) return named;
  if (text === '') return `"${expression}" in the ${field.name} field is not a number or a range such as 1-5 (negative numbers are not accepted)`;
  if (!/^\+?\d+$/.test(text)) {
    const names = field.names ? ` or a name such as "${[...field.names.keys()][0]}"` : '';
    return `"${text}" in the ${field.name} field is not a number${names}`;
  }
  return Number(text);
}

function rangeProblem(expression: string, field: FieldBounds): string | undefined {
  const rangeAndStep = expression.split('/');
  if (rangeAndStep.length > 2) return `"${expression}" in the ${field.name} field has more than one "/"`;
  const lowAndHigh = rangeAndStep[0].split('-');
  let start = field.min;
  let end = field.max;
  if (lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') {
    if (lowAndHigh.length > 2) return `"${expression}" in the ${field.name} field has more than one "-"`;
    const low = parseNumber(lowAndHigh[0], expression, field);
    if (typeof low === 'string') return low;
    const high = lowAndHigh.length === 2 ? parseNumber(lowAndHigh[1], expression, field) : low;
    if (typeof high === 'string') return high;
    start = low;
    end = lowAndHigh.length === 1 && rangeAndStep.length === 2 ? field.max : high;
  }
  if (rangeAndStep.length === 2) {
    const step = rangeAndStep[1];
    if (!/^\+?\d+$/.test(step)) return `the step "${step}" in the ${field.name} field is not a number`;
    if (Number(step) === 0) return `the step in "${expression}" (${field.name}) must be a positive number`;
  }
  if (start < field.min || end > field.max) return `"${expression}" is outside the ${field.name} range ${field.min}-${field.max}`;
  if (start > end) return `"${expression}" in the ${field.name} field starts after it ends`;
  return undefined;
}

/**
 * What is wrong with a CronJob schedule, or `undefined` when the API server accepts it.
 *
 * @param schedule the schedule as given, e.g. `*\/5 * * * *` or `@hourly`
 * @returns a sentence naming the offending part
 */
export function cronScheduleProblem(schedule: string): string | undefined {
  const trimmed = schedule.trim();
  if (trimmed === '') return 'the schedule is empty';
  if (schedule.includes('TZ')) return 'a time zone cannot be set in the schedule (CRON_TZ= or TZ=); set the timeZone field instead';
  if (trimmed.startsWith('@')) {
    if (DESCRIPTORS.has(trimmed)) return undefined;
    if (trimmed.startsWith('@every ')) {
      const duration = trimmed.slice('@every '.length);
      return GO_DURATION.test(duration) ? undefined : `"${duration}" is not a duration such as "1h30m" or "90s"`;
    }
    return `"${trimmed}" is not a known descriptor (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)`;
  }
  const fields = trimmed.split(/\s+/);
  if (fields.length !== FIELDS.length) {
    return `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  }
  for (let i = 0; i < FIELDS.length; i++) {
    for (const expression of fields[i].split(',').filter((part) => part !== '')) {
      const problem = rangeProblem(expression, FIELDS[i]);
      if (problem) return problem;
    }
  }
  return undefined;
}
