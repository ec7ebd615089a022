/**
 * An amount of CPU for a container's requests and limits: `Cpu.millis(200)` is `200m`,
 * `Cpu.cores(1)` is `1`. The finest CPU unit is one millicore (1m); finer amounts, like
 * negative or non-finite ones, are refused at once rather than rounded.
 */
import { amountError, checkedQuantity, describeCall, exactAmount, exceeds, MAX_INT64 } from './amount';
import { type Decimal, toInteger } from './decimal';
import { isWholeQuantity, type ParsedQuantity, parseQuantity } from './parse';
import { QuantityValue } from './quantity-value';

/** Most millicores a quantity holds in the API server (2^63-1). */
const MAX_MILLIS = MAX_INT64;

/**
 * A CPU amount. Immutable; its string form is exactly what the factory call wrote
 * (`Cpu.millis(1000)` stays `1000m`), never a canonicalized form.
 */
export class Cpu extends QuantityValue {
  /**
   * Millicores: `Cpu.millis(200)` is `200m`, a fifth of a core.
   * @param amount a whole, non-negative number of millicores
   */
  public static millis(amount: number): Cpu {
    const call = describeCall('Cpu.millis', amount);
    const value = exactAmount(call, amount, 'Cpu.millis(250)');
    const millis = toInteger(value);
    if (millis === undefined) {
      throw amountError(call, 'amount', `must be a whole number of millicores (1m is the finest CPU unit); round it, e.g. Cpu.millis(${Math.max(1, Math.round(amount))})`);
    }
    return Cpu.fromText(`${millis}m`);
  }

  /**
   * Cores: `Cpu.cores(1)` is `1`; a fraction is written in millicores, so
   * `Cpu.cores(0.5)` is `500m`.
   * @param amount a non-negative number of cores, a whole number of millicores
   */
  public static cores(amount: number): Cpu {
    const call = describeCall('Cpu.cores', amount);
    const value = exactAmount(call, amount, 'Cpu.cores(1)');
    const cores = toInteger(value);
    if (cores !== undefined) return Cpu.fromText(`${cores}`);
    const millis = toInteger(scaled(value, 3));
    if (millis === undefined) {
      throw amountError(call, 'amount', `is finer than one millicore (1m is the finest CPU unit); round it, e.g. Cpu.millis(${Math.max(1, Math.round(amount * 1000))})`);
    }
    return Cpu.fromText(`${millis}m`);
  }

  /**
   * A CPU quantity string, checked: `Cpu.of('250m')`, `Cpu.of('0.5')`, `Cpu.of('2')`.
   * The string is kept as written.
   * @param text a Kubernetes quantity of at least 0 and in whole millicores
   */
  public static of(text: string): Cpu {
    const call = describeCall('Cpu.of', text);
    const quantity = checkedQuantity(call, text, "Cpu.of('250m')");
    if (!isWholeQuantity(quantity, 3)) {
      throw amountError(call, 'text', `'${text}' is finer than one millicore (1m is the finest CPU unit); round it to whole millicores, e.g. Cpu.of('1m')`);
    }
    if (exceeds(scaled({ mantissa: quantity.mantissa, exponent: quantity.exponent10 }, 3), MAX_MILLIS)) {
      throw amountError(call, 'text', `'${text}' is more CPU than a quantity holds (2^63-1 millicores)`);
    }
    return new Cpu(text, quantity);
  }

  private static fromText(text: string): Cpu {
    return new Cpu(text, parseQuantity(text) as ParsedQuantity);
  }

  private constructor(text: string, quantity: ParsedQuantity) {
    super(text, quantity);
  }

  /**
   * Whole millicores, e.g. 500 for `0.5`. Throws a RangeError when the count is beyond
   * the integers JavaScript holds exactly (2^53).
   */
  public toMillis(): number {
    return this.wholeUnits(3, 'millicores');
  }
}

function scaled(value: Decimal, places: number): Decimal {
  return { mantissa: value.mantissa, exponent: value.exponent + places };
}
