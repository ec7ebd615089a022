/**
 * `cronjob/schedule`: a standard five-field cron expression or a descriptor such as
 * `@hourly`; a time zone belongs in spec.timeZone, not in the schedule (`TZ=`, `CRON_TZ=`).
 */
import { getObject, getString } from '../../primitives/access';
import { checkCronSchedule } from '../../primitives/cron-schedule';
import type { ObjectRule } from '../../rule';

/** Follows batch validateCronJobSpec and validateScheduleFormat (on create: no TZ in the schedule). */
export const cronJobSchedule: ObjectRule = {
  id: 'cronjob/schedule',
  kinds: ['CronJob'],
  check(object, ctx) {
    const schedule = getString(getObject(object, 'spec'), 'schedule');
    if (schedule === undefined) return;
    if (schedule === '') {
      ctx.report({ fieldPath: 'spec.schedule', message: 'a CronJob needs a schedule', hint: "write a cron expression, e.g. '0 3 * * *' (03:00 every day)" });
      return;
    }
    const problem = checkCronSchedule(schedule);
    if (problem !== undefined) {
      ctx.report({ fieldPath: 'spec.schedule', message: `${JSON.stringify(schedule)} is not a valid cron schedule: ${problem}`, hint: "write five fields 'minute hour day-of-month month day-of-week', e.g. '*/15 * * * *', or a descriptor such as '@hourly'" });
    }
    if (schedule.includes('TZ')) {
      ctx.report({ fieldPath: 'spec.schedule', message: 'a schedule may not set a time zone (TZ or CRON_TZ)', hint: 'remove the TZ= prefix and set spec.timeZone instead, e.g. timeZone: Europe/Paris' });
    }
  },
};
