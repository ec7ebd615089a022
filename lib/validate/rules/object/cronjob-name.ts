/**
 * `cronjob/name-length`: the CronJob controller names each Job `<name>-<11 digits>`
 * and Job names must stay within 63 characters, so a CronJob name has at most 52.
 */
import { getObject, getString } from '../../primitives/access';
import type { ObjectRule } from '../../rule';

/** Longest CronJob name. */
export const CRONJOB_NAME_MAX = 52;

/** Follows batch ValidateCronJobCreate (name length). */
export const cronJobNameLength: ObjectRule = {
  id: 'cronjob/name-length',
  kinds: ['CronJob'],
  check(object, ctx) {
    const name = getString(getObject(object, 'metadata'), 'name');
    if (name === undefined || name.length <= CRONJOB_NAME_MAX) return;
    ctx.report({
      fieldPath: 'metadata.name',
      message: `a CronJob name may have at most ${CRONJOB_NAME_MAX} characters (has ${name.length}): its Jobs are named after it with an 11-character suffix`,
      hint: `shorten the name to ${CRONJOB_NAME_MAX} characters or fewer`,
    });
  },
};
