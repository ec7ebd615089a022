/**
 * The limit on alias expansion ("alias bombs"), as Kubernetes' YAML reader (go-yaml v2)
 * sets it: every node produced counts as one decode, every node produced inside an
 * alias's expansion also as one alias decode. A document fails once more than 100
 * alias decodes make up more than an allowed share of all decodes: 99% up to 400,000
 * decodes, falling linearly to 10% at 4,000,000. Ordinary anchors (a shared resources
 * block, a common label set) stay far below it; a bomb of nested aliases is stopped
 * after about a thousand nodes, so work and memory stay bounded.
 */

const MINIMUM_ALIAS_DECODES = 100;
const MINIMUM_DECODES = 1000;
const RATIO_RANGE_LOW = 400_000;
const RATIO_RANGE_HIGH = 4_000_000;

/** The share of decodes allowed to come from alias expansion after `decodes` decodes. */
export function allowedAliasRatio(decodes: number): number {
  if (decodes <= RATIO_RANGE_LOW) return 0.99;
  if (decodes >= RATIO_RANGE_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodes - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW));
}

/** Counts decodes of one document and tells when aliasing becomes excessive. */
export class AliasBudget {
  private decodes = 0;
  private aliasDecodes = 0;

  /**
   * Counts one produced node.
   * @param insideAlias whether the node is produced while expanding an alias
   * @returns false once the aliasing is excessive
   */
  decode(insideAlias: boolean): boolean {
    this.decodes++;
    if (insideAlias) this.aliasDecodes++;
    return !(
      this.aliasDecodes > MINIMUM_ALIAS_DECODES &&
      this.decodes > MINIMUM_DECODES &&
      this.aliasDecodes / this.decodes > allowedAliasRatio(this.decodes)
    );
  }

  /** Nodes produced so far. */
  get total(): number {
    return this.decodes;
  }
}
