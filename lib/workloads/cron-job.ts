import type { Construct } from 'constructs';
import { PodsmithUsageError } from '../errors';
import type * as k8s from '../k8s/types.generated';
import { checkCronSchedule } from '../validate/primitives/cron-schedule';
import { checkJobRestartPolicy, checkWholeNumbers } from './checks';
import { renderJobFields, type JobFields } from './job-fields';
import { Workload, type WorkloadProps } from './workload';

/** The job-level part of a CronJob's `jobTemplate`: everything but the pod template. */
export interface CronJobTemplateProps {
  /** Labels and annotations of the Jobs the CronJob creates. @default none */
  readonly metadata?: k8s.ObjectMeta;
  /**
   * The JobSpec fields of those Jobs (`backoffLimit`, `completions` ...). No selector: the API
   * server generates one for each Job a CronJob creates.
   * @default none
   */
  readonly spec?: Omit<JobFields, 'selector' | 'manualSelector'>;
}

/**
 * Props of a {@link CronJob}: the CronJobSpec fields under their API names (`schedule`,
 * `concurrencyPolicy`, `timeZone`, `successfulJobsHistoryLimit` ...), the job-level fields under
 * `jobTemplate`, and the pods under `template` (the same props as a Pod).
 */
export interface CronJobProps extends WorkloadProps, Omit<k8s.CronJobSpec, 'jobTemplate'> {
  /** The Jobs' metadata and JobSpec fields; the pod template is `template`. @default none */
  readonly jobTemplate?: CronJobTemplateProps;
}

/**
 * A CronJob (`batch/v1`): a Job created on a cron schedule. The schedule is checked at once:
 * five cron fields or a descriptor such as `@hourly`, with the time zone in `timeZone`.
 *
 * @example
 * new CronJob(chart, 'nightly-report', {
 *   schedule: '0 3 * * *',
 *   jobTemplate: { spec: { backoffLimit: 2 } },
 *   template: { containers: [{ name: 'report', image: 'busybox:1.36', command: ['sh', '-c', 'date'] }], restartPolicy: 'Never' },
 * });
 */
export class CronJob extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the CronJob's name unless `metadata.name` is set
   * @param props the schedule, the job template fields and the pod template
   */
  public constructor(scope: Construct, id: string, props: CronJobProps) {
    const { metadata, template, jobTemplate, ...fields } = props;
    const holder: { jobSpec?: Record<string, unknown> } = {};
    super(scope, id, {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata,
      template,
      templatePath: 'spec.jobTemplate.spec.template',
      renderSpec: (rendered) => ({
        ...fields,
        jobTemplate: { metadata: jobTemplate?.metadata, spec: { ...holder.jobSpec, template: rendered.template } },
      }),
    });
    const problem = scheduleProblem(fields.schedule);
    if (problem) throw new PodsmithUsageError(this, 'schedule', `${problem} (e.g. "*/5 * * * *" or "@hourly")`);
    checkWholeNumbers(this, fields, { startingDeadlineSeconds: 0, successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 });
    const jobSpec: JobFields = jobTemplate?.spec ?? {};
    if (jobSpec.selector !== undefined || jobSpec.manualSelector === true) {
      const prop = jobSpec.selector !== undefined ? 'jobTemplate.spec.selector' : 'jobTemplate.spec.manualSelector';
      throw new PodsmithUsageError(this, prop, "the API server generates the selector of each Job a CronJob creates and refuses one in the job template; remove it");
    }
    holder.jobSpec = renderJobFields(this, jobSpec, 'jobTemplate.spec.');
    checkJobRestartPolicy(this, template.restartPolicy);
  }
}

/**
 * What the API server refuses in a new CronJob's schedule: cron syntax as Kubernetes parses it,
 * and a time zone written into the schedule instead of the `timeZone` field.
 */
function scheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string') return 'the schedule must be a string';
  if (schedule.trim() === '') return 'the schedule is empty';
  if (schedule.includes('TZ')) return 'a time zone cannot be set in the schedule (CRON_TZ= or TZ=); set the timeZone field instead';
  const problem = checkCronSchedule(schedule);
  return problem === undefined ? undefined : `"${schedule}" is not a cron schedule: ${problem}`;
}
