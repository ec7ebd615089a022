import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkQuantitySyntax,
  compareQuantities,
  isMultipleOfQuantity,
  isNegativeQuantity,
  isWholeQuantity,
  isZeroQuantity,
  type ParsedQuantity,
  parseQuantity,
  quantityFromJson,
  quantityInUnits,
} from './parse';

const MAX_INT64 = 2n ** 63n - 1n;

/** The kept value as `[mantissa, exponent10]` (normalized), for compact tables. */
function kept(text: string): [bigint, number, string, string] | undefined {
  const q = parseQuantity(text);
  return q && [q.mantissa, q.exponent10, q.format, q.adjustment];
}

function mustParse(text: string): ParsedQuantity {
  const q = parseQuantity(text);
  if (!q) throw new Error(`expected '${text}' to parse`);
  return q;
}

describe('parseQuantity: degenerate texts', () => {
  it.each([
    // The server accepts a lone sign, a lone '.' and suffix-only texts as zero.
    ['0', 0n, 0, 'DecimalSI'],
    ['-0', 0n, 0, 'DecimalSI'],
    ['+', 0n, 0, 'DecimalSI'],
    ['-', 0n, 0, 'DecimalSI'],
    ['.', 0n, 0, 'DecimalSI'],
    ['-.', 0n, 0, 'DecimalSI'],
    ['000', 0n, 0, 'DecimalSI'],
    ['m', 0n, 0, 'DecimalSI'],
    ['e3', 0n, 0, 'DecimalExponent'],
    ['Ki', 0n, 0, 'BinarySI'],
    ['.Gi', 0n, 0, 'BinarySI'],
    ['Ti', 0n, 0, 'BinarySI'],
  ] as const)('%j is zero', (text, mantissa, exponent, format) => {
    expect(kept(text)).toEqual([mantissa, exponent, format, 'none']);
  });

  it.each([
    '',
    ' ',
    // The general path (long or finer-than-nano numbers, large binary suffixes) needs a digit.
    '.e-10',
    '+e-10',
    'Pi',
    'Ei',
    '-Ei',
  ])('%j is rejected', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
    expect(checkQuantitySyntax(text)).toEqual(expect.any(String));
  });
});

describe('parseQuantity: the value the server keeps', () => {
  it.each([
    ['1', 1n, 0, 'DecimalSI'],
    ['9', 9n, 0, 'DecimalSI'],
    ['1Ki', 1024n, 0, 'BinarySI'],
    ['8Ki', 8192n, 0, 'BinarySI'],
    ['7Mi', 7n * 2n ** 20n, 0, 'BinarySI'],
    ['6Gi', 6n * 2n ** 30n, 0, 'BinarySI'],
    ['5Ti', 2n ** 39n, 1, 'BinarySI'],
    ['4Pi', 4n * 2n ** 50n, 0, 'BinarySI'],
    ['3Ei', 3n * 2n ** 60n, 0, 'BinarySI'],
    ['100Ti', 2n ** 40n, 2, 'BinarySI'],
    ['5n', 5n, -9, 'DecimalSI'],
    ['4u', 4n, -6, 'DecimalSI'],
    ['3m', 3n, -3, 'DecimalSI'],
    ['8k', 8n, 3, 'DecimalSI'],
    ['50k', 5n, 4, 'DecimalSI'],
    ['7M', 7n, 6, 'DecimalSI'],
    ['6G', 6n, 9, 'DecimalSI'],
    ['300T', 3n, 14, 'DecimalSI'],
    ['2P', 2n, 15, 'DecimalSI'],
    ['1E', 1n, 18, 'DecimalSI'],
    ['12E', 12n, 18, 'DecimalSI'],
    ['1E-3', 1n, -3, 'DecimalExponent'],
    ['1e3', 1n, 3, 'DecimalExponent'],
    ['1E18', 1n, 18, 'DecimalExponent'],
    ['1.2e3', 12n, 2, 'DecimalExponent'],
    ['1.3E+6', 13n, 5, 'DecimalExponent'],
    ['1.40e9', 14n, 8, 'DecimalExponent'],
    ['0.5e-1', 5n, -2, 'DecimalExponent'],
    ['1e00000003', 1n, 3, 'DecimalExponent'],
    ['100.035k', 100035n, 0, 'DecimalSI'],
    ['0.001', 1n, -3, 'DecimalSI'],
    ['0.0005k', 5n, -1, 'DecimalSI'],
    ['0.50000', 5n, -1, 'DecimalSI'],
    ['10.035M', 10035n, 3, 'DecimalSI'],
    ['6.987654321G', 6987654321n, 0, 'DecimalSI'],
    ['1.01E', 101n, 16, 'DecimalSI'],
    ['.001', 1n, -3, 'DecimalSI'],
    ['.0001k', 1n, -1, 'DecimalSI'],
    ['1.', 1n, 0, 'DecimalSI'],
    ['1.G', 1n, 9, 'DecimalSI'],
    ['-1.5', -15n, -1, 'DecimalSI'],
    ['+1.5', 15n, -1, 'DecimalSI'],
    ['100.035Ki', 10243584n, -2, 'BinarySI'],
    ['0.5Mi', 524288n, 0, 'BinarySI'],
    ['0.05Gi', 536870912n, -1, 'BinarySI'],
    ['0.025Ti', 274877906944n, -1, 'BinarySI'],
    ['-1Ki', -1024n, 0, 'BinarySI'],
    ['99999999999999999999', 99999999999999999999n, 0, 'DecimalSI'],
  ] as const)('%j', (text, mantissa, exponent, format) => {
    expect(kept(text)).toEqual([mantissa, exponent, format, 'none']);
  });

  it.each([
    ['3.001n', 4n, -9, 'DecimalSI'],
    ['1.1E-9', 2n, -9, 'DecimalExponent'],
    ['0.0000000001', 1n, -9, 'DecimalSI'],
    ['0.00000000050', 1n, -9, 'DecimalSI'],
    ['0.5e-9', 1n, -9, 'DecimalExponent'],
    ['0.9n', 1n, -9, 'DecimalSI'],
    ['0.00000012345', 124n, -9, 'DecimalSI'],
    ['-0.00000012345', -124n, -9, 'DecimalSI'],
    ['1e-2000000000', 1n, -9, 'DecimalExponent'],
    // A binary fraction below one is kept as a decimal.
    ['0.000000000001Ki', 2n, -9, 'DecimalSI'],
    ['-0.000000000001Ki', -2n, -9, 'DecimalSI'],
  ] as const)('%j is finer than 1n and rounded up, away from zero', (text, mantissa, exponent, format) => {
    expect(kept(text)).toEqual([mantissa, exponent, format, 'rounded-up']);
  });

  it.each(['9Ei', '8Ei', '9223372036854775807Ki', '16Ei', '8.5Ei'])('%j is a binary quantity capped at 2^63-1', (text) => {
    expect(kept(text)).toEqual([MAX_INT64, 0, 'BinarySI', 'capped']);
    expect(kept(`-${text}`)).toEqual([-MAX_INT64, 0, 'BinarySI', 'capped']);
  });

  it('keeps exact values below the cap and decimal values above it', () => {
    expect(kept('7Ei')).toEqual([7n * 2n ** 60n, 0, 'BinarySI', 'none']);
    expect(kept('1e30')).toEqual([1n, 30, 'DecimalExponent', 'none']);
  });

  it('stores exponents in 32 bits, as the server does', () => {
    expect(kept('1e4294967296')).toEqual([1n, 0, 'DecimalExponent', 'none']);
    expect(kept('1e9223372036854775807')).toEqual([1n, -1, 'DecimalExponent', 'none']);
    expect(kept('1e2147483648')).toEqual([1n, 2147483648, 'DecimalExponent', 'none']);
    expect(parseQuantity('1e9223372036854775808')).toBeUndefined();
  });

  it('keeps the text as written', () => {
    expect(mustParse('+1.50Gi').text).toBe('+1.50Gi');
  });
});

describe('parseQuantity: what the server rejects', () => {
  it.each([
    '1.1.M',
    '1+1.0M',
    '0.1mi',
    '0.1am',
    'aoeu',
    '.5i',
    '1i',
    '-3.01i',
    '-3.01e-',
    ' 1',
    '1 ',
    '1e',
    '1K',
    '1ki',
    '1KiB',
    '1GB',
    '1e1.5',
    '1e+',
    '--1',
    '0x10',
    '1_000',
    '1,5',
    '\u0661',
    'NaN',
    'Infinity',
  ])('%j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('checkQuantitySyntax', () => {
  it('is undefined for a quantity', () => {
    expect(checkQuantitySyntax('250Mi')).toBeUndefined();
  });

  it.each([
    ['', /is empty.*e\.g\. '500m', '1Gi', '2'/],
    [' 1', /must not contain spaces/],
    ['100mi', /unknown suffix 'mi' \(suffixes are case-sensitive; did you mean 'Mi'\?\)/],
    ['1K', /did you mean 'Ki' or 'k'\?/],
    ['1gi', /unknown suffix 'gi' \(suffixes are case-sensitive; did you mean 'Gi'\?\)/],
    ['1Kb', /'Kb' is not a Kubernetes unit/],
    ['1GB', /'GB' is not a Kubernetes unit: write 'G' \(powers of 1000\) or 'Gi' \(powers of 1024\)/],
    ['1KiB', /'KiB' is not a Kubernetes unit: write 'k' .* or 'Ki'/],
    ['1.1.M', /unexpected character '\.' at position 4/],
    ['1e99999999999999999999', /unknown suffix 'e99999999999999999999'/],
    ['.e-10', /has no digits/],
  ] as const)('%j explains itself', (text, message) => {
    expect(checkQuantitySyntax(text)).toMatch(message);
  });
});

describe('compareQuantities', () => {
  it.each([
    ['1Gi', '1073741824', 0],
    ['1Gi', '1.073741824G', 0],
    ['1Gi', '1048576Ki', 0],
    ['1Gi', '1073741824e0', 0],
    ['1500m', '1.5', 0],
    ['0', '0Gi', 0],
    ['0.5n', '1n', 0],
    ['1e-2000000000', '1n', 0],
    ['100m', '50m', 1],
    ['50m', '100m', -1],
    ['10000T', '100Gi', 1],
    ['1', '999m', 1],
    ['1Gi', '1G', 1],
    ['1Mi', '1048577', -1],
    ['-1', '0', -1],
    ['-1Gi', '-1G', -1],
    ['1e2000000000', '9Ei', 1],
    ['-1e2000000000', '-9Ei', -1],
    ['99999999999999999999', '1e20', -1],
  ] as const)('%s vs %s is %d', (a, b, expected) => {
    expect(compareQuantities(mustParse(a), mustParse(b))).toBe(expected);
    expect(compareQuantities(mustParse(b), mustParse(a))).toBe(-expected || 0);
  });

  it('agrees with exact integer arithmetic on random amounts and suffixes (binary ones capped at 2^63-1)', () => {
    const cap = MAX_INT64 * 10n ** 9n;
    const nanos = (amount: bigint, suffix: string, unit: bigint): bigint =>
      suffix.endsWith('i') && amount * unit > cap ? cap : amount * unit;
    const suffixes: Array<[string, bigint]> = [
      ['', 10n ** 9n], ['m', 10n ** 6n], ['n', 1n], ['k', 10n ** 12n], ['G', 10n ** 18n],
      ['Ki', 1024n * 10n ** 9n], ['Mi', 1024n ** 2n * 10n ** 9n], ['Gi', 1024n ** 3n * 10n ** 9n],
    ];
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom(...suffixes));
    fc.assert(
      fc.property(amount, amount, ([a, [sa, ua]], [b, [sb, ub]]) => {
        const [na, nb] = [nanos(a, sa, ua), nanos(b, sb, ub)];
        const expected = na === nb ? 0 : na < nb ? -1 : 1;
        expect(compareQuantities(mustParse(`${a}${sa}`), mustParse(`${b}${sb}`))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isNegativeQuantity and isZeroQuantity', () => {
  it.each([
    ['-1', true, false],
    ['-0', false, true],
    ['0', false, true],
    ['1m', false, false],
    ['-0.0000000001', true, false],
    ['-Ki', false, true],
  ] as const)('%j', (text, negative, zero) => {
    expect(isNegativeQuantity(mustParse(text))).toBe(negative);
    expect(isZeroQuantity(mustParse(text))).toBe(zero);
  });
});

describe('isWholeQuantity and quantityInUnits', () => {
  it.each([
    ['0', 0, true, 0n],
    ['2Gi', 0, true, 2147483648n],
    ['1.5', 0, false, undefined],
    ['1.5', 3, true, 1500n],
    ['250m', 3, true, 250n],
    ['1n', 3, false, undefined],
    ['1e3', 0, true, 1000n],
  ] as const)('%j at scale %d', (text, scale, whole, units) => {
    expect(isWholeQuantity(mustParse(text), scale)).toBe(whole);
    expect(quantityInUnits(mustParse(text), scale)).toBe(units);
  });

  it('refuses to expand an absurdly large count', () => {
    expect(() => quantityInUnits(mustParse('1e999'), 0)).toThrow(RangeError);
  });
});

describe('isMultipleOfQuantity', () => {
  it.each([
    ['0', '2Mi', true],
    ['4Mi', '2Mi', true],
    ['3Mi', '2Mi', false],
    ['-4Mi', '2Mi', true],
    ['1Gi', '2Mi', true],
    ['2097152', '2Mi', true],
    ['2.097152M', '2Mi', true],
    ['1Mi', '2Mi', false],
    ['1500m', '500m', true],
    ['1500m', '1', false],
    ['1e2000000000', '2', true],
    ['1e2000000000', '3', false],
    ['1e2000000000', '1e1999999999', true],
    ['1n', '1m', false],
    ['2Mi', '0', false],
    ['2Mi', '-1', false],
  ] as const)('%s of %s', (value, unit, expected) => {
    expect(isMultipleOfQuantity(mustParse(value), mustParse(unit))).toBe(expected);
  });
});

describe('quantityFromJson', () => {
  it.each([
    [1, 1n, 0],
    [0.5, 5n, -1],
    [-1, -1n, 0],
    [1e21, 1n, 21],
    [1e-7, 1n, -7],
    [' 1', 1n, 0],
    ['1 ', 1n, 0],
    ['\u00a01Gi\u3000', 2n ** 30n, 0],
    [null, 0n, 0],
  ] as const)('%j', (value, mantissa, exponent) => {
    const q = quantityFromJson(value);
    expect(q && [q.mantissa, q.exponent10]).toEqual([mantissa, exponent]);
  });

  it.each([undefined, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY, '', '\t1', '1\n', 'abc', 1n])('%s is not a quantity', (value) => {
    expect(quantityFromJson(value)).toBeUndefined();
  });
});
