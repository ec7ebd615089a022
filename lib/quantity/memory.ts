/**
 * An amount of memory or storage (`memory`, `ephemeral-storage`, hugepages, an
 * `emptyDir` size limit): `Memory.mebibytes(250)` is `250Mi` (250 × 2^20 bytes),
 * `Memory.megabytes(1)` is `1M` (10^6 bytes). A fraction is written exactly in the next
 * smaller unit (`Memory.mebibytes(1.5)` is `1536Ki`); an amount that is not a whole
 * number of bytes is refused rather than rounded.
 */
import { amountError, checkedQuantity, describeCall, exactAmount, exceeds, formatDecimal, MAX_INT64 } from './amount';
import { type Decimal, toInteger } from './decimal';
import { isWholeQuantity, type ParsedQuantity, parseQuantity } from './parse';
import { QuantityValue } from './quantity-value';

/** Suffixes of one unit family, from bytes up, and the factor between neighbours. */
interface UnitFamily {
  readonly suffixes: readonly string[];
  readonly factor: bigint;
}

const BINARY: UnitFamily = { suffixes: ['', 'Ki', 'Mi', 'Gi', 'Ti'], factor: 1024n };
const DECIMAL: UnitFamily = { suffixes: ['', 'k', 'M', 'G', 'T'], factor: 1000n };

/**
 * A memory or storage amount in bytes. Immutable; its string form is exactly what the
 * factory call wrote (`Memory.mebibytes(1024)` stays `1024Mi`).
 */
export class Memory extends QuantityValue {
  /** Bytes: `Memory.bytes(512)` is `512`. @param amount a whole, non-negative number of bytes */
  public static bytes(amount: number): Memory {
    return Memory.inUnit('Memory.bytes', amount, BINARY, 0);
  }

  /** Kibibytes (1024 bytes): `Memory.kibibytes(64)` is `64Ki`. @param amount a non-negative number of KiB */
  public static kibibytes(amount: number): Memory {
    return Memory.inUnit('Memory.kibibytes', amount, BINARY, 1);
  }

  /** Mebibytes (2^20 bytes): `Memory.mebibytes(250)` is `250Mi`. @param amount a non-negative number of MiB */
  public static mebibytes(amount: number): Memory {
    return Memory.inUnit('Memory.mebibytes', amount, BINARY, 2);
  }

  /** Gibibytes (2^30 bytes): `Memory.gibibytes(1)` is `1Gi`. @param amount a non-negative number of GiB */
  public static gibibytes(amount: number): Memory {
    return Memory.inUnit('Memory.gibibytes', amount, BINARY, 3);
  }

  /** Tebibytes (2^40 bytes): `Memory.tebibytes(1)` is `1Ti`. @param amount a non-negative number of TiB */
  public static tebibytes(amount: number): Memory {
    return Memory.inUnit('Memory.tebibytes', amount, BINARY, 4);
  }

  /** Kilobytes (1000 bytes): `Memory.kilobytes(1)` is `1k`. @param amount a non-negative number of kB */
  public static kilobytes(amount: number): Memory {
    return Memory.inUnit('Memory.kilobytes', amount, DECIMAL, 1);
  }

  /** Megabytes (10^6 bytes, not 2^20): `Memory.megabytes(1)` is `1M`. @param amount a non-negative number of MB */
  public static megabytes(amount: number): Memory {
    return Memory.inUnit('Memory.megabytes', amount, DECIMAL, 2);
  }

  /** Gigabytes (10^9 bytes, not 2^30): `Memory.gigabytes(1)` is `1G`. @param amount a non-negative number of GB */
  public static gigabytes(amount: number): Memory {
    return Memory.inUnit('Memory.gigabytes', amount, DECIMAL, 3);
  }

  /** Terabytes (10^12 bytes): `Memory.terabytes(1)` is `1T`. @param amount a non-negative number of TB */
  public static terabytes(amount: number): Memory {
    return Memory.inUnit('Memory.terabytes', amount, DECIMAL, 4);
  }

  /**
   * A memory quantity string, checked: `Memory.of('1Gi')`, `Memory.of('500M')`. The
   * string is kept as written.
   * @param text a Kubernetes quantity of at least 0 and in whole bytes
   */
  public static of(text: string): Memory {
    const call = describeCall('Memory.of', text);
    const quantity = checkedQuantity(call, text, "Memory.of('1Gi')");
    if (!isWholeQuantity(quantity)) {
      const milli = /^[^a-zA-Z]*m$/.test(text) ? ` ('m' means thousandths: did you mean '${text.slice(0, -1)}Mi' or '${text.slice(0, -1)}M'?)` : '';
      throw amountError(call, 'text', `'${text}' is not a whole number of bytes${milli}; write whole bytes, e.g. Memory.of('128Mi')`);
    }
    if (exceeds({ mantissa: quantity.mantissa, exponent: quantity.exponent10 }, MAX_INT64) || quantity.adjustment === 'capped') {
      throw amountError(call, 'text', `'${text}' is more than a quantity holds (2^63-1 bytes, just under 8Ei)`);
    }
    return new Memory(text, quantity);
  }

  /**
   * The amount written in the given unit when it is whole there, otherwise in the next
   * smaller unit that makes it whole (exactly), down to bytes.
   */
  private static inUnit(factory: string, amount: number, family: UnitFamily, unit: number): Memory {
    const call = describeCall(factory, amount);
    const example = `${factory}(${unit === 0 ? 512 : 1})`;
    const value = exactAmount(call, amount, example);
    let scaled: Decimal = value;
    for (let index = unit; index >= 0; index--) {
      const whole = toInteger(scaled);
      if (whole !== undefined) {
        const bytes = whole * family.factor ** BigInt(index);
        if (bytes > MAX_INT64) throw amountError(call, 'amount', `is more than a quantity holds (2^63-1 bytes, just under 8Ei)`);
        return new Memory(`${whole}${family.suffixes[index]}`, parseQuantity(`${whole}${family.suffixes[index]}`) as ParsedQuantity);
      }
      if (index > 0) scaled = { mantissa: scaled.mantissa * family.factor, exponent: scaled.exponent };
    }
    throw amountError(call, 'amount', `is not a whole number of bytes (it is ${formatDecimal(scaled)} bytes); use whole bytes, e.g. ${example}`);
  }

  private constructor(text: string, quantity: ParsedQuantity) {
    super(text, quantity);
  }

  /**
   * Whole bytes, e.g. 1536 for `1.5Ki`. Throws a RangeError when the count is beyond the
   * integers JavaScript holds exactly (2^53, 8 PiB): compare with {@link toQuantity} then.
   */
  public toBytes(): number {
    return this.wholeUnits(0, 'bytes');
  }
}
