/**
 * `job/name`: a Job's name becomes a label value of its pods (unless manualSelector is
 * true), so it has at most 63 characters; an Indexed Job's pods get host names
 * `<name>-<index>`, which must be DNS-1123 labels.
 */
import { getBool, getInt, getObject, getString } from '../../primitives/access';
import { DNS1123_LABEL_MAX, checkDns1123Label } from '../../primitives/names';
import type { ObjectRule } from '../../rule';

/** Follows batch ValidateJob (Indexed pod host names) and the job-name label added by the Job strategy's generated selector. */
export const jobName: ObjectRule = {
  id: 'job/name',
  kinds: ['Job'],
  check(object, ctx) {
    const name = getString(getObject(object, 'metadata'), 'name');
    const spec = getObject(object, 'spec');
    if (name === undefined || name === '' || spec === undefined) return;
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
          message: `the pods of this Indexed Job would get the host name ${JSON.stringify(hostname)}, which is not a DNS-1123 label: it ${problem}`,
          hint: 'shorten the name (or use a name without dots)',
        });
      }
    }
  },
};
