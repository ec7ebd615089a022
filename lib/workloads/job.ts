import type { Construct } from 'constructs';
import { checkJobRestartPolicy } from './checks';
import { renderJobFields, type JobFields } from './job-fields';
import { Workload, type WorkloadProps } from './workload';

/**
 * Props of a {@link Job}: the pod template (whose `restartPolicy` must be `OnFailure` or
 * `Never`) and every other JobSpec field under its API name.
 */
export interface JobProps extends WorkloadProps, JobFields {}

/**
 * A Job (`batch/v1`): pods that run to completion, retried up to `backoffLimit` times. The
 * output holds no selector unless one is given: the API server generates one for each Job and
 * labels its pods with it.
 *
 * @example
 * new Job(chart, 'hello', {
 *   template: {
 *     containers: [{ name: 'hello', image: 'busybox', command: ['sh', '-c', 'echo "Hello, Kubernetes!" && sleep 3600'] }],
 *     restartPolicy: 'OnFailure',
 *   },
 * });
 */
export class Job extends Workload {
  /**
   * @param scope the chart (or any construct inside one)
   * @param id the construct id; the Job's name unless `metadata.name` is set
   * @param props the pod template and the Job's fields
   */
  public constructor(scope: Construct, id: string, props: JobProps) {
    const { metadata, template, ...fields } = props;
    const holder: { spec?: Record<string, unknown> } = {};
    super(scope, id, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata,
      template,
      templatePath: 'spec.template',
      renderSpec: (rendered) => ({ ...holder.spec, template: rendered.template }),
    });
    holder.spec = renderJobFields(this, fields);
    checkJobRestartPolicy(this, template.restartPolicy);
  }
}
