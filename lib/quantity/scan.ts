/**
 * The first stage of reading a quantity: splitting `-1.5Gi` into sign, integer digits,
 * fraction digits and suffix, with exactly the leniency of apimachinery's scanner
 * (`1.`, `.5`, a lone sign or a lone `.` all scan; what follows the number must be
 * suffix letters, an optional sign and digits).
 */

/** A quantity split into its parts. */
export interface ScannedQuantity {
  /** True when the text starts with `-`. */
  readonly negative: boolean;
  /** The number as written before the suffix, sign and leading zeros included (`-0.5`). */
  readonly numberText: string;
  /** Integer digits without leading zeros; `0` when there are none. */
  readonly integerDigits: string;
  /** Fraction digits as written (may be empty). */
  readonly fractionDigits: string;
  /** Everything after the number (may be empty). */
  readonly suffix: string;
}

/** Where and why the text does not have the shape of a quantity. */
export interface ScanProblem {
  /** 0-based index of the first character that does not fit. */
  readonly index: number;
}

const SUFFIX_LETTERS = 'eEinumkKMGTP';

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Splits `text` into the parts of a quantity, or says where its shape breaks. */
export function scanQuantity(text: string): ScannedQuantity | ScanProblem {
  const end = text.length;
  let pos = 0;
  let negative = false;
  if (end > 0 && (text[0] === '-' || text[0] === '+')) {
    negative = text[0] === '-';
    pos++;
  }
  while (pos < end && text[pos] === '0') pos++;
  if (pos >= end) return { negative, numberText: '0', integerDigits: '0', fractionDigits: '', suffix: '' };

  const integerStart = pos;
  while (pos < end && isDigit(text[pos])) pos++;
  const integerDigits = text.slice(integerStart, pos) || '0';
  if (pos >= end) return { negative, numberText: text, integerDigits, fractionDigits: '', suffix: '' };

  let fractionDigits = '';
  if (text[pos] === '.') {
    pos++;
    const fractionStart = pos;
    while (pos < end && isDigit(text[pos])) pos++;
    fractionDigits = text.slice(fractionStart, pos);
    if (pos >= end) return { negative, numberText: text, integerDigits, fractionDigits, suffix: '' };
  }
  const numberText = text.slice(0, pos);

  const suffixStart = pos;
  while (pos < end && SUFFIX_LETTERS.includes(text[pos])) pos++;
  if (pos < end && (text[pos] === '-' || text[pos] === '+')) pos++;
  while (pos < end && isDigit(text[pos])) pos++;
  if (pos < end) return { index: pos };
  return { negative, numberText, integerDigits, fractionDigits, suffix: text.slice(suffixStart) };
}

/** True when the scan failed. */
export function isScanProblem(result: ScannedQuantity | ScanProblem): result is ScanProblem {
  return 'index' in result;
}
