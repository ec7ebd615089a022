/**
 * Checks shared by the quantity value objects: a number given to a factory
 * (`Cpu.cores(0.5)`) and a text given to `of` (`Memory.of('1Gi')`), with messages that
 * name the call, the value and the fix.
 */
import { PodsmithUsageError } from '../errors';
import { abs, compareDecimals, type Decimal, decimalFromNumber } from './decimal';
import { isNegativeQuantity, type ParsedQuantity, readQuantity } from './parse';

/** `Cpu.cores(0.5)`, `Memory.of('1Gi')`: how a call is shown in messages. */
export function describeCall(factory: string, argument: number | string): string {
  return `${factory}(${typeof argument === 'string' ? `'${argument}'` : formatNumber(argument)})`;
}

function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** An error about the argument of a factory call. */
export function amountError(call: string, prop: string, problem: string): PodsmithUsageError {
  return new PodsmithUsageError(call, prop, problem);
}

/**
 * The exact decimal a number argument stands for (as written: `0.1` is one tenth).
 * Throws for NaN, infinities, negative numbers, and integers beyond 2^53 that JavaScript
 * may already have rounded.
 * @param call the call as shown in messages, e.g. `Cpu.cores(-1)`
 * @param example a valid call to show in the fix, e.g. `Cpu.cores(1)`
 */
export function exactAmount(call: string, amount: number, example: string): Decimal {
  if (typeof amount !== 'number' || Number.isNaN(amount)) {
    throw amountError(call, 'amount', `must be a number, e.g. ${example}`);
  }
  if (!Number.isFinite(amount)) throw amountError(call, 'amount', `must be finite, e.g. ${example}`);
  if (amount < 0) throw amountError(call, 'amount', `must not be negative; use 0 or more, e.g. ${example}`);
  if (amount > Number.MAX_SAFE_INTEGER) {
    throw amountError(call, 'amount', `is beyond the integers JavaScript holds exactly (2^53); use a larger unit or a quantity string with of(...)`);
  }
  return decimalFromNumber(amount) as Decimal;
}

/**
 * A text given to `of`, read as the API server reads it; throws when it is not a
 * quantity, is negative, or has no digits (the server reads `Mi` as zero, which is
 * never what was meant).
 * @param call the call as shown in messages, e.g. `Memory.of('1GB')`
 * @param example a valid call to show in the fix
 */
export function checkedQuantity(call: string, text: string, example: string): ParsedQuantity {
  if (typeof text !== 'string') throw amountError(call, 'text', `must be a quantity string, e.g. ${example}`);
  const reading = readQuantity(text);
  if ('problem' in reading) throw amountError(call, 'text', `'${text}' is not a quantity: it ${reading.problem}`);
  if (!/[0-9]/.test(text)) throw amountError(call, 'text', `'${text}' has no digits (the API server would read it as 0); write the number, e.g. ${example}`);
  if (isNegativeQuantity(reading.quantity)) throw amountError(call, 'text', `'${text}' is negative; use 0 or more, e.g. ${example}`);
  return reading.quantity;
}

/** True when `value` is more than `limit`. */
export function exceeds(value: Decimal, limit: bigint): boolean {
  return compareDecimals(value, { mantissa: limit, exponent: 0 }) > 0;
}

/** The decimal in plain notation, e.g. `0.1048576` or `1500` (`1e40` beyond 30 zeros). */
export function formatDecimal(value: Decimal): string {
  const sign = value.mantissa < 0n ? '-' : '';
  const digits = abs(value.mantissa).toString();
  if (Math.abs(value.exponent) > 30) return `${sign}${digits}e${value.exponent}`;
  if (value.exponent >= 0) return sign + digits + '0'.repeat(value.exponent);
  const point = digits.length + value.exponent;
  return point > 0 ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/** The largest value the API server keeps in a quantity: 2^63-1. */
export const MAX_INT64 = 2n ** 63n - 1n;
