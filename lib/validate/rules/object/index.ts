/**
 * The object rules (metadata, workloads, selectors, jobs and cron jobs), in reporting
 * order. Each rule lives in its own file with a table-driven test beside it.
 */
import type { ObjectRule } from '../../rule';

/** Every object rule, in reporting order. */
export const OBJECT_RULES: ObjectRule[] = [];
