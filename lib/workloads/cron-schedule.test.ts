import { describe, expect, it } from 'vitest';
import { cronScheduleProblem } from './cron-schedule';

describe('cronScheduleProblem', () => {
  it.each([
    ['empty', '', 'the schedule is empty'],
    ['blank', '   ', 'the schedule is empty'],
    ['one field', '*', 'expected 5 fields (minute hour day-of-month month day-of-week), found 1'],
    ['six fields (seconds are not accepted)', '0 * * * * *', 'expected 5 fields (minute hour day-of-month month day-of-week), found 6'],
    ['minute out of range', '60 * * * *', '"60" is outside the minute range 0-59'],
    ['hour out of range', '0 24 * * *', '"24" is outside the hour range 0-23'],
    ['day of month zero', '0 0 0 * *', '"0" is outside the day of month range 1-31'],
    ['month 13', '0 0 1 13 *', '"13" is outside the month range 1-12'],
    ['day of week 7', '0 0 * * 7', '"7" is outside the day of week range 0-6'],
    ['a word', 'every minute * * *', '"every" in the minute field is not a number'],
    ['an unknown month name', '0 0 1 foo *', '"foo" in the month field is not a number or a name such as "jan"'],
    ['a reversed range', '30-10 * * * *', '"30-10" in the minute field starts after it ends'],
    ['two hyphens', '1-2-3 * * * *', '"1-2-3" in the minute field has more than one "-"'],
    ['two slashes', '*/5/2 * * * *', '"*/5/2" in the minute field has more than one "/"'],
    ['a zero step', '*/0 * * * *', 'the step in "*/0" (minute) must be a positive number'],
    ['a step that is not a number', '*/x * * * *', 'the step "x" in the minute field is not a number'],
    ['a negative number', '-1 * * * *', '"-1" in the minute field is not a number or a range such as 1-5 (negative numbers are not accepted)'],
    ['an open range', '5- * * * *', '"5-" in the minute field is not a number or a range such as 1-5 (negative numbers are not accepted)'],
    ['a time zone prefix', 'CRON_TZ=UTC 0 * * * *', 'a time zone cannot be set in the schedule (CRON_TZ= or TZ=); set the timeZone field instead'],
    ['a TZ prefix', 'TZ=Europe/Paris 0 * * * *', 'a time zone cannot be set in the schedule (CRON_TZ= or TZ=); set the timeZone field instead'],
    ['an unknown descriptor', '@fortnightly', '"@fortnightly" is not a known descriptor (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)'],
    ['@every without a unit', '@every 5', '"5" is not a duration such as "1h30m" or "90s"'],
  ])('refuses %s', (_label, schedule, problem) => {
    expect(cronScheduleProblem(schedule)).toBe(problem);
  });

  it.each([
    ['every minute', '* * * * *'],
    ['every five minutes', '*/5 * * * *'],
    ['a list and a range', '0,15,30-45 * * * *'],
    ['a range with a step', '0 9-17/2 * * *'],
    ['a start with a step (start to the maximum)', '5/15 * * * *'],
    ['names, any case', '0 0 * JAN-jun Mon-Fri'],
    ['a question mark for any day', '0 0 ? * *'],
    ['extra spaces', '  0   0  *  *  *  '],
    ['a leading plus', '+5 * * * *'],
    ['@hourly', '@hourly'],
    ['@midnight', '@midnight'],
    ['@every with a Go duration', '@every 1h30m'],
    ['@every with a fraction', '@every 1.5h'],
    ['the seeds-style nightly job', '0 3 * * *'],
  ])('accepts %s', (_label, schedule) => {
    expect(cronScheduleProblem(schedule)).toBeUndefined();
  });
});
