/**
 * `cronjob/time-zone`: when set, an IANA time zone name such as `Europe/Paris`
 * (not empty, not `Local`).
 */
import { getObject, getString } from '../../primitives/access';
import { checkTimeZone } from '../../primitives/time-zone';
import type { ObjectRule } from '../../rule';

/** Follows batch validateTimeZone. */
export const cronJobTimeZone: ObjectRule = {
  id: 'cronjob/time-zone',
  kinds: ['CronJob'],
  check(object, ctx) {
    const zone = getString(getObject(object, 'spec'), 'timeZone');
    if (zone === undefined) return;
    const problem = checkTimeZone(zone);
    if (problem !== undefined) ctx.report({ fieldPath: 'spec.timeZone', message: `timeZone ${JSON.stringify(zone)}: ${problem}`, hint: "use an IANA zone name such as 'Etc/UTC' or 'America/New_York', or remove timeZone" });
  },
};
