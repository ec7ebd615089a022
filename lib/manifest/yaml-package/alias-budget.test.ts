import { describe, expect, it } from 'vitest';
import { AliasBudget, allowedAliasRatio } from './alias-budget';

describe('allowedAliasRatio', () => {
  it.each([
    [0, 0.99],
    [400_000, 0.99],
    [2_200_000, 0.545],
    [4_000_000, 0.1],
    [10_000_000, 0.1],
  ])('after %i decodes allows %f', (decodes, ratio) => {
    expect(allowedAliasRatio(decodes)).toBeCloseTo(ratio, 6);
  });
});

describe('AliasBudget', () => {
  /** How many decodes pass before the budget refuses one (up to `limit`). */
  function decodesAllowed(budget: AliasBudget, insideAlias: (index: number) => boolean, limit: number): number {
    let index = 0;
    while (index < limit && budget.decode(insideAlias(index))) index++;
    return index;
  }

  it('allows documents without aliases of any size', () => {
    expect(decodesAllowed(new AliasBudget(), () => false, 1_000_000)).toBe(1_000_000);
  });

  it('allows small documents made of aliases', () => {
    expect(decodesAllowed(new AliasBudget(), () => true, 1000)).toBe(1000);
  });

  it('stops a document that is almost only alias expansion once it passes a thousand decodes', () => {
    const budget = new AliasBudget();
    let allowed = 0;
    while (budget.decode(true)) allowed++;
    expect(allowed).toBe(1000);
    expect(budget.total).toBe(1001);
  });

  it('allows an ordinary share of aliases in a large document', () => {
    expect(decodesAllowed(new AliasBudget(), (index) => index % 2 === 0, 500_000)).toBe(500_000);
  });
});
