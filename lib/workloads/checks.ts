import type { IConstruct } from 'constructs';
import { PodsmithUsageError } from '../errors';

/**
 * Checks a count or duration prop that the API server only accepts as a whole number of at
 * least `min` (replicas, minReadySeconds, backoffLimit ...). Absent is fine. Throws
 * {@link PodsmithUsageError} naming the construct and the prop.
 *
 * @param owner the construct whose props hold the value
 * @param prop the prop's path in the construct's props, e.g. `replicas` or `jobTemplate.spec.parallelism`
 * @param value the value as given
 * @param min the smallest accepted value @default 0
 */
export function checkWholeNumber(owner: IConstruct, prop: string, value: number | undefined, min = 0): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new PodsmithUsageError(owner, prop, `must be a whole number (got ${String(value)})`);
  }
  if (value < min) {
    const bound = min === 0 ? 'zero or more' : `${min} or more`;
    throw new PodsmithUsageError(owner, prop, `must be ${bound} (got ${value})`);
  }
}

/** {@link checkWholeNumber} for several props of one props object, each at `prefix` + its name. */
export function checkWholeNumbers(owner: IConstruct, props: object, fields: Readonly<Record<string, number>>, prefix = ''): void {
  const values = props as Record<string, unknown>;
  for (const [field, min] of Object.entries(fields)) {
    checkWholeNumber(owner, `${prefix}${field}`, values[field] as number | undefined, min);
  }
}

/**
 * Checks that a pod template made for a Job (or a CronJob's jobs) sets a restart policy the
 * Job API accepts: `OnFailure` or `Never`. Absent means `Always` to the API server, which a
 * Job refuses, so it is wrong whatever else the object holds.
 *
 * @param owner the Job or CronJob
 * @param restartPolicy the template's `restartPolicy` as given
 */
export function checkJobRestartPolicy(owner: IConstruct, restartPolicy: string | undefined): void {
  if (restartPolicy === 'OnFailure' || restartPolicy === 'Never') return;
  const got = restartPolicy === undefined ? 'it is not set, which the API server takes as "Always"' : `got "${restartPolicy}"`;
  throw new PodsmithUsageError(
    owner,
    'template.restartPolicy',
    `a Job's pods must run to completion, so restartPolicy must be "OnFailure" or "Never" (${got}); set template.restartPolicy`,
  );
}
