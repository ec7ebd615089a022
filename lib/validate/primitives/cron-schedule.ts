/**
 * Cron schedules as the CronJob validation parses them (robfig/cron v3
 * `ParseStandard`): five fields (minute, hour, day of month, month, day of week) or a
 * descriptor (`@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`,
 * `@hourly`, `@every <duration>`). Fields are comma-separated lists of `*` or `?`,
 * numbers, names (`jan`, `mon`), ranges `a-b` and steps `/n`.
 */
import { isGoDuration } from './go-duration';

interface Bounds {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAY_NAMES: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly Bounds[] = [
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day of month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { label: 'day of week', min: 0, max: 6, names: DAY_NAMES },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const EVERY = '@every ';
const INTEGER = /^[+-]?[0-9]+$/;
const WHITESPACE = /\s+/;

class CronSyntaxError extends Error {}

function parseInteger(text: string): number {
  if (!INTEGER.test(text)) throw new CronSyntaxError(`${JSON.stringify(text)} is not a number`);
  const value = Number(text);
  if (value < 0) throw new CronSyntaxError(`negative number (${value}) not allowed`);
  return value;
}

function parseIntOrName(text: string, bounds: Bounds): number {
  const named = bounds.names?.[text.toLowerCase()];
  return named ?? parseInteger(text);
}

function checkRange(expression: string, bounds: Bounds): void {
  const rangeAndStep = expression.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    start = parseIntOrName(lowAndHigh[0], bounds);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], bounds);
    else throw new CronSyntaxError(`too many hyphens in ${JSON.stringify(expression)}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseInteger(rangeAndStep[1]);
    if (lowAndHigh.length === 1) end = bounds.max;
  } else if (rangeAndStep.length > 2) {
    throw new CronSyntaxError(`too many slashes in ${JSON.stringify(expression)}`);
  }
  if (start < bounds.min) throw new CronSyntaxError(`${bounds.label} ${start} is below the minimum ${bounds.min} in ${JSON.stringify(expression)}`);
  if (end > bounds.max) throw new CronSyntaxError(`${bounds.label} ${end} is above the maximum ${bounds.max} in ${JSON.stringify(expression)}`);
  if (start > end) throw new CronSyntaxError(`range start ${start} is beyond its end ${end} in ${JSON.stringify(expression)}`);
  if (step === 0) throw new CronSyntaxError(`step of ${JSON.stringify(expression)} must be a positive number`);
}

/**
 * What is wrong with the cron schedule, or `undefined` when robfig/cron's standard
 * parser accepts it. (CronJob validation rejects `TZ` in a schedule separately.)
 */
export function checkCronSchedule(schedule: string): string | undefined {
  try {
    checkSchedule(schedule);
    return undefined;
  } catch (error) {
    if (error instanceof CronSyntaxError) return error.message;
    throw error;
  }
}

function checkSchedule(input: string): void {
  if (input.length === 0) throw new CronSyntaxError('the schedule is empty');
  let spec = input;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    if (space < 0) throw new CronSyntaxError('a time zone prefix must be followed by the schedule');
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec)) return;
    if (spec.startsWith(EVERY)) {
      const duration = spec.slice(EVERY.length);
      if (!isGoDuration(duration)) throw new CronSyntaxError(`${JSON.stringify(duration)} is not a duration such as '1h30m'`);
      return;
    }
    throw new CronSyntaxError(`unrecognized descriptor ${JSON.stringify(spec)}`);
  }
  const fields: string[] = [];
  for (const field of spec.split(WHITESPACE)) if (field !== '') fields.push(field);
  if (fields.length !== FIELDS.length) {
    throw new CronSyntaxError(`expected exactly 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`);
  }
  for (let i = 0; i < fields.length; i++) {
    for (const expression of fields[i].split(',')) {
      if (expression !== '') checkRange(expression, FIELDS[i]);
    }
  }
}
