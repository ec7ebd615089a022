/**
 * `job/completion-mode`: NonIndexed (the default) or Indexed. An Indexed Job needs
 * completions and keeps parallelism and maxFailedIndexes within the API's limits;
 * backoffLimitPerIndex and maxFailedIndexes need Indexed mode, and maxFailedIndexes
 * needs backoffLimitPerIndex.
 */
import { childPath } from '../../field-path';
import { getInt, getString, isSet } from '../../primitives/access';
import type { ObjectRule } from '../../rule';
import { kindOf } from './kind-info';
import { jobSpecOf } from './workload-layout';

const MAX_PARALLELISM_INDEXED = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const LIMIT_FOR_HIGH_COMPLETIONS = 10_000;
/** First minor version with backoffLimitPerIndex on by default (JobBackoffLimitPerIndex beta). */
export const BACKOFF_LIMIT_PER_INDEX_SINCE = 29;

/** Follows batch validateJobSpec (completionMode, Indexed limits, backoffLimitPerIndex, maxFailedIndexes). */
export const jobCompletionMode: ObjectRule = {
  id: 'job/completion-mode',
  kinds: ['Job', 'CronJob'],
  check(object, ctx) {
    const site = jobSpecOf(object, kindOf(object));
    if (site === undefined) return;
    const { spec, path } = site;
    const mode = getString(spec, 'completionMode');
    if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') {
      ctx.report({ fieldPath: childPath(path, 'completionMode'), message: `${JSON.stringify(mode)} is not a completion mode`, hint: 'use NonIndexed (the default) or Indexed' });
      return;
    }
    const perIndexOn = ctx.minor >= BACKOFF_LIMIT_PER_INDEX_SINCE;
    const completions = getInt(spec, 'completions');
    const parallelism = getInt(spec, 'parallelism');
    const maxFailed = perIndexOn ? getInt(spec, 'maxFailedIndexes') : undefined;
    const hasPerIndex = perIndexOn && isSet(spec, 'backoffLimitPerIndex');
    if (maxFailed !== undefined && !hasPerIndex) {
      ctx.report({ fieldPath: childPath(path, 'backoffLimitPerIndex'), message: 'backoffLimitPerIndex is required when maxFailedIndexes is set', hint: 'set backoffLimitPerIndex, or remove maxFailedIndexes' });
    }
    if (mode !== 'Indexed') {
      if (hasPerIndex) ctx.report({ fieldPath: childPath(path, 'backoffLimitPerIndex'), message: 'backoffLimitPerIndex requires completionMode Indexed', hint: 'set completionMode: Indexed, or use backoffLimit' });
      if (maxFailed !== undefined) ctx.report({ fieldPath: childPath(path, 'maxFailedIndexes'), message: 'maxFailedIndexes requires completionMode Indexed', hint: 'set completionMode: Indexed, or remove maxFailedIndexes' });
      return;
    }
    if (!isSet(spec, 'completions')) {
      ctx.report({ fieldPath: childPath(path, 'completions'), message: 'an Indexed Job needs completions (the number of indexes)', hint: 'set completions' });
    }
    if (parallelism !== undefined && parallelism > MAX_PARALLELISM_INDEXED) {
      ctx.report({ fieldPath: childPath(path, 'parallelism'), message: `parallelism ${parallelism} exceeds ${MAX_PARALLELISM_INDEXED} for an Indexed Job`, hint: `use at most ${MAX_PARALLELISM_INDEXED}` });
    }
    if (maxFailed !== undefined) {
      if (completions !== undefined && maxFailed > completions) {
        ctx.report({ fieldPath: childPath(path, 'maxFailedIndexes'), message: `maxFailedIndexes ${maxFailed} exceeds completions ${completions}`, hint: 'use at most the number of completions' });
      }
      if (maxFailed > MAX_FAILED_INDEXES) {
        ctx.report({ fieldPath: childPath(path, 'maxFailedIndexes'), message: `maxFailedIndexes ${maxFailed} exceeds ${MAX_FAILED_INDEXES}`, hint: `use at most ${MAX_FAILED_INDEXES}` });
      }
    }
    if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && hasPerIndex) {
      if (maxFailed === undefined) {
        ctx.report({ fieldPath: childPath(path, 'maxFailedIndexes'), message: `maxFailedIndexes is required when completions exceed ${COMPLETIONS_SOFT_LIMIT} with backoffLimitPerIndex`, hint: `set maxFailedIndexes to at most ${LIMIT_FOR_HIGH_COMPLETIONS}` });
      } else if (maxFailed > LIMIT_FOR_HIGH_COMPLETIONS) {
        ctx.report({ fieldPath: childPath(path, 'maxFailedIndexes'), message: `maxFailedIndexes must be at most ${LIMIT_FOR_HIGH_COMPLETIONS} when completions exceed ${COMPLETIONS_SOFT_LIMIT} with backoffLimitPerIndex`, hint: `use at most ${LIMIT_FOR_HIGH_COMPLETIONS}` });
      }
      if (parallelism !== undefined && parallelism > LIMIT_FOR_HIGH_COMPLETIONS) {
        ctx.report({ fieldPath: childPath(path, 'parallelism'), message: `parallelism must be at most ${LIMIT_FOR_HIGH_COMPLETIONS} when completions exceed ${COMPLETIONS_SOFT_LIMIT} with backoffLimitPerIndex`, hint: `use at most ${LIMIT_FOR_HIGH_COMPLETIONS}` });
      }
    }
  },
};
