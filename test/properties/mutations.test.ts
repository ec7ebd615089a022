import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator, type Diagnostic, type Validator } from '../../lib/validate';
import { MUTATIONS, type Mutation } from './mutations';
import { RunStats } from './run-stats';
import { exampleManifests, seedManifests, type ValidManifest } from './valid-manifests';

/** Fixed seed and run count: the same cases every run, within the suite's time budget. */
const RUN = { seed: 20261127, numRuns: 1500 } as const;

const MANIFESTS: readonly ValidManifest[] = [...exampleManifests(), ...seedManifests(join(__dirname, '..', '..'))];
const VALIDATORS = new Map<string, Validator>();
const stats = new RunStats(`single mutations of ${MANIFESTS.length} valid manifests (seed ${RUN.seed}), by kind of mistake`);

function validate(manifest: ValidManifest, object: unknown): Diagnostic[] {
  let validator = VALIDATORS.get(manifest.kubernetesVersion);
  if (!validator) {
    validator = createValidator({ kubernetesVersion: manifest.kubernetesVersion });
    VALIDATORS.set(manifest.kubernetesVersion, validator);
  }
  return validator.validate([object]);
}

/** The mutated object and what the owning rule must report, or undefined when the mutation does not apply. */
function mutate(manifest: ValidManifest, mutation: Mutation, choice: number): { object: Record<string, unknown>; expected: string } | undefined {
  const object = structuredClone(manifest.object) as Record<string, unknown>;
  const fieldPath = mutation.apply(object, choice);
  if (fieldPath === undefined) return undefined;
  const severity = typeof mutation.severity === 'function' ? mutation.severity(object) : (mutation.severity ?? 'error');
  return { object, expected: `${severity} ${mutation.ruleId} ${fieldPath}` };
}

function reported(manifest: ValidManifest, object: unknown): string[] {
  return validate(manifest, object).map((d) => `${d.severity} ${d.ruleId} ${d.fieldPath}`);
}

afterAll(() => {
  console.info(stats.summary());
});

describe('mutations of valid manifests', () => {
  it('start from manifests the validator accepts: the examples and the seed manifests', () => {
    expect(MANIFESTS.filter((m) => m.source.startsWith('example')).length).toBeGreaterThan(10);
    expect(MANIFESTS.filter((m) => m.source.startsWith('seed')).length).toBeGreaterThanOrEqual(11);
    for (const manifest of MANIFESTS) {
      expect(validate(manifest, manifest.object).filter((d) => d.severity === 'error').map((d) => `${manifest.source}: ${d.ruleId} ${d.fieldPath}`)).toEqual([]);
    }
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s: reported by its rule on every manifest it applies to', (_name, mutation) => {
    let applied = 0;
    for (const manifest of MANIFESTS) {
      const mutated = mutate(manifest, mutation, 0);
      if (!mutated) continue;
      applied++;
      expect(reported(manifest, mutated.object), manifest.source).toContain(mutated.expected);
    }
    expect(applied).toBeGreaterThan(0);
  });

  it(`are each reported by the rule that owns the mistake, at its field path (${RUN.numRuns} random cases)`, () => {
    const cases = fc.record({ manifest: fc.nat(), mutation: fc.constantFrom(...MUTATIONS), choice: fc.nat() }, { noNullPrototype: true });
    fc.assert(
      fc.property(cases, ({ manifest: index, mutation, choice }) => {
        const manifest = MANIFESTS[index % MANIFESTS.length];
        const mutated = mutate(manifest, mutation, choice);
        if (!mutated) {
          stats.add('(mutation did not apply)');
          return;
        }
        stats.add(mutation.category);
        const found = reported(manifest, mutated.object);
        if (!found.includes(mutated.expected)) {
          throw new Error(`${mutation.name} on ${manifest.source}: expected "${mutated.expected}", got ${JSON.stringify(found)}`);
        }
      }),
      RUN,
    );
    expect(stats.count('(mutation did not apply)')).toBeLessThan(RUN.numRuns / 5);
  }, 60_000);
});
