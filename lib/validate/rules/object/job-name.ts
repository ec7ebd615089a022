/**
 * `job/name`: a Job's name becomes a label value of its pods (unless manualSelector is
 * true), so it has at most 63 characters; an Indexed Job's pods get host names
 * `<name>-<index>`, which must be DNS-1123 labels (also for a name generated from
 * generateName: up to 58 characters of it and 5 random ones).
 */
import { getBool, getInt, getObject, getString } from '../../primitives/access';
import { DNS1123_LABEL_MAX, checkDns1123Label } from '../../primitives/names';
import { sampleGeneratedName } from '../../primitives/object-names';
import type { ObjectRule } from '../../rule';

/** Follows batch ValidateJob (Indexed pod host names) and the job-name label added by the Job strategy's generated selector. */
export const jobName: ObjectRule = {
  id: 'job/name',
  kinds: ['Job'],
  check(object, ctx) {
    const metadata = getObject(object, 'metadata');
    const spec = getObject(object, 'spec');
    const given = getString(metadata, 'name') ?? '';
    const generateName = getString(metadata, 'generateName') ?? '';
    // The API server generates the name before it validates the Job (rest.BeforeCreate).
    const name = given !== '' ? given : generateName !== '' ? sampleGeneratedName(generateName) : '';
    if (name === '' || spec === undefined) return;
    if (getBool(spec, 'manualSelector') !== true && name.length > DNS1123_LABEL_MAX) {
      ctx.report({
        fieldPath: 'metadata.name',
        message: `a Job name becomes the job-name label of its pods, so it may have at most ${DNS1123_LABEL_MAX} characters (has ${name.length})`,
        hint: 'shorten the name',
      });
    }
    const completions = getInt(spec, 'completions');
    if (getString(spec, 'completionMode') === 'Indexed' && completions !== undefined && completions > 0) {
      const hostname = `${name}-${completions - 1}`;
      const problem = checkDns1123Label(hostname);
      if (problem !== undefined) {
        ctx.report({
          fieldPath: 'metadata.name',
          message: `the pods of this Indexed Job would get the host name ${JSON.stringify(hostname)}${given === '' ? ` (with a name generated from ${JSON.stringify(generateName)})` : ''}, which is not a DNS-1123 label: it ${problem}`,
          hint: 'shorten the name (or use a name without dots)',
        });
      }
    }
  },
};
