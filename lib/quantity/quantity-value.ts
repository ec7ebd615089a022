import { type ParsedQuantity, quantityInUnits } from './parse';

/**
 * The common part of the typed amounts (`Cpu`, `Memory`): the quantity string exactly as the
 * factory wrote it, and its parsed value for exact comparisons.
 */
export abstract class QuantityValue {
  /**
   * @param text the Kubernetes quantity string, as written
   * @param quantity its parsed value
   */
  protected constructor(
    private readonly text: string,
    private readonly quantity: ParsedQuantity,
  ) {}

  /** The Kubernetes quantity string, as written, e.g. `200m` or `250Mi`. */
  public toString(): string {
    return this.text;
  }

  /** The value for a manifest: the Kubernetes quantity string. */
  public toJson(): string {
    return this.text;
  }

  /** `JSON.stringify` writes the quantity string. */
  public toJSON(): string {
    return this.text;
  }

  /** cdk8s calls this when the object sits in raw `ApiObject` props: it becomes the quantity string. */
  public resolve(): string {
    return this.text;
  }

  /** The parsed quantity, for exact comparisons with `compareQuantities`. */
  public toQuantity(): ParsedQuantity {
    return this.quantity;
  }

  /**
   * The amount in whole units of 10^`exponent10` (3: thousandths). Throws a RangeError,
   * naming `what`, when the count is beyond the integers JavaScript holds exactly (2^53).
   */
  protected wholeUnits(exponent10: number, what: string): number {
    const units = quantityInUnits(this.quantity, exponent10) as bigint;
    if (units > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${this.constructor.name} '${this.text}' has more ${what} than a number holds exactly`);
    return Number(units);
  }
}
