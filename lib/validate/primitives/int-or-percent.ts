/**
 * Int-or-percent values of rolling updates (`maxUnavailable`, `maxSurge`), as the apps
 * validation reads them (`ValidatePositiveIntOrPercent`, `IsNotMoreThan100Percent`,
 * `getIntOrPercentValue`).
 */

const PERCENT = /^[0-9]+%$/;
const INTEGER = /^[+-]?[0-9]+$/;

/** What is wrong with an int-or-percent value, or `undefined` when it is a non-negative integer or a percentage. */
export function checkIntOrPercent(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (!PERCENT.test(value)) return `${JSON.stringify(value)} must be an integer or a percentage such as '25%'`;
    return undefined;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value < 0) return `${value} must be greater than or equal to 0`;
  return undefined;
}

/** True for a percentage above 100%. */
export function isOver100Percent(value: unknown): boolean {
  return typeof value === 'string' && PERCENT.test(value) && Number(value.slice(0, -1)) > 100;
}

/**
 * The number in the value: the integer, or the percentage's number; 0 for anything
 * else (as the API server's `getIntOrPercentValue` reads a string that is not a percentage).
 */
export function intOrPercentValue(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : 0;
  if (typeof value !== 'string') return 0;
  if (PERCENT.test(value)) return Number(value.slice(0, -1));
  return INTEGER.test(value) ? Number(value) : 0;
}
