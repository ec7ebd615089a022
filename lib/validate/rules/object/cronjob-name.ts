/**
 * `cronjob/name-length`: the CronJob controller names each Job `<name>-<11 digits>`
 * and Job names must stay within 63 characters, so a CronJob name has at most 52 (a
 * name generated from generateName too: up to 58 characters of it and 5 random ones).
 */
import { getObject, getString } from '../../primitives/access';
import { sampleGeneratedName } from '../../primitives/object-names';
import type { ObjectRule } from '../../rule';

/** Longest CronJob name. */
export const CRONJOB_NAME_MAX = 52;

/** Follows batch ValidateCronJobCreate (name length). */
export const cronJobNameLength: ObjectRule = {
  id: 'cronjob/name-length',
  kinds: ['CronJob'],
  check(object, ctx) {
    const metadata = getObject(object, 'metadata');
    const given = getString(metadata, 'name') ?? '';
    const generateName = getString(metadata, 'generateName') ?? '';
    // The API server generates the name before it validates the CronJob (rest.BeforeCreate).
    const name = given !== '' ? given : generateName !== '' ? sampleGeneratedName(generateName) : '';
    if (name.length <= CRONJOB_NAME_MAX) return;
    ctx.report({
      fieldPath: 'metadata.name',
      message:
        given !== ''
          ? `a CronJob name may have at most ${CRONJOB_NAME_MAX} characters (has ${name.length}): its Jobs are named after it with an 11-character suffix`
          : `names generated from ${JSON.stringify(generateName)} have ${name.length} characters; a CronJob name may have at most ${CRONJOB_NAME_MAX}: its Jobs are named after it with an 11-character suffix`,
      hint: given !== '' ? `shorten the name to ${CRONJOB_NAME_MAX} characters or fewer` : `shorten generateName to ${CRONJOB_NAME_MAX - 5} characters or fewer (5 random characters are added)`,
    });
  },
};
