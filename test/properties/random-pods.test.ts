import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecipe, RECIPE_CHART } from './build-recipe';
import type { PodRecipe } from './pod-recipe';
import { podRecipes } from './recipe-arbitraries';
import { RunStats } from './run-stats';
import { synthOutcome, type SynthOutcome } from './synth-outcome';

/** Fixed seeds and run counts: the same cases every run, within the suite's time budget. */
const RUNS = { valid: { seed: 20261125, numRuns: 300 }, faulty: { seed: 20261126, numRuns: 500 } } as const;

/** Generous: the runs take a few seconds, more on a loaded machine. */
const TIMEOUT_MS = 60_000;

const stats = {
  valid: new RunStats(`random pods of valid values (seed ${RUNS.valid.seed})`),
  faulty: new RunStats(`random pods with faults (seed ${RUNS.faulty.seed})`),
  rules: new RunStats('what refused random pods (rule id, or the prop of a usage error)'),
};

function outcomeOf(recipe: PodRecipe): SynthOutcome {
  return synthOutcome(() => buildRecipe(recipe), {
    constructPrefix: `${RECIPE_CHART}/`,
    kubernetesVersion: recipe.kubernetesVersion,
    podSecurity: recipe.securityProfile === 'restricted' ? 'restricted' : undefined,
  });
}

/** The property: a located outcome; a finding fails the run with its problem (and fast-check shrinks it). */
function check(tally: RunStats): (recipe: PodRecipe) => void {
  return (recipe) => {
    const outcome = outcomeOf(recipe);
    tally.add(outcome.kind);
    if (outcome.kind === 'synthesized' && recipe.securityProfile === 'restricted') tally.add('synthesized with the restricted profile (validated against the restricted level)');
    if (outcome.kind === 'reported') for (const id of new Set(outcome.ruleIds)) stats.rules.add(id);
    if (outcome.kind === 'usage-error') stats.rules.add(`usage error: ${outcome.prop.replace(/\[\d+\]/g, '[]')}`);
    if (outcome.kind === 'finding') throw new Error(outcome.problem);
  };
}

afterAll(() => {
  console.info([stats.valid, stats.faulty, stats.rules].map((s) => s.summary()).join('\n'));
});

describe('random pods built through the public API', () => {
  it(`of valid values synthesize to objects the validator accepts and that read back from YAML 1.1 unchanged (${RUNS.valid.numRuns} runs)`, () => {
    fc.assert(fc.property(podRecipes(false), check(stats.valid)), RUNS.valid);
    expect(stats.valid.count('finding')).toBe(0);
    expect(stats.valid.count('synthesized')).toBeGreaterThan(RUNS.valid.numRuns * 0.8);
    expect(stats.valid.count('synthesized with the restricted profile (validated against the restricted level)')).toBeGreaterThan(RUNS.valid.numRuns / 10);
  }, TIMEOUT_MS);

  it(`with faults synthesize, or are refused naming the construct and a field of the object (${RUNS.faulty.numRuns} runs)`, () => {
    fc.assert(fc.property(podRecipes(true), check(stats.faulty)), RUNS.faulty);
    expect(stats.faulty.count('reported')).toBeGreaterThan(RUNS.faulty.numRuns / 4);
    expect(stats.faulty.count('usage-error')).toBeGreaterThan(RUNS.faulty.numRuns / 20);
  }, TIMEOUT_MS);
});
