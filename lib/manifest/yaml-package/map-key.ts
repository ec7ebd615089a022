/**
 * Mapping keys as Kubernetes turns them into JSON object keys (sigs.k8s.io/yaml on
 * top of go-yaml v2): a string stays itself, a boolean becomes `true`/`false`, an
 * integer its decimal digits, a float Go's shortest 32-bit `%g` form (`1.5`, `1e+06`),
 * infinities and NaN `.inf`, `-.inf`, `.nan`. A null key cannot become a JSON key.
 */
import type { PlainScalarValue } from '../plain-scalar';

/** The JSON key for a scalar key, or undefined for a null key. */
export function jsonKeyOf(value: PlainScalarValue, isInteger: boolean): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Number.isNaN(value)) return '.nan';
  if (value === Number.POSITIVE_INFINITY) return '.inf';
  if (value === Number.NEGATIVE_INFINITY) return '-.inf';
  if (isInteger) return String(value);
  return goFloat32Shortest(value);
}

/** Go's `strconv.FormatFloat(value, 'g', -1, 32)` for a finite value. */
export function goFloat32Shortest(value: number): string {
  const single = Math.fround(value);
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  let scientific = single.toExponential(8);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = single.toExponential(digits - 1);
    if (Math.fround(Number(candidate)) === single) {
      scientific = candidate;
      break;
    }
  }
  const [mantissa, exponentText] = scientific.split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 6) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const magnitude = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${magnitude}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction.length > 0 ? `.${fraction}` : ''}`;
}
