import fc from 'fast-check';

/**
 * Strings a YAML 1.1 reader (Kubernetes' go-yaml v2) reads as something other than the
 * string itself when written plain, and strings that need care when quoted: booleans, nulls,
 * octal, sexagesimal and underscored numbers, floats, timestamps, merge keys, indicators,
 * document markers, leading and trailing spaces, line breaks, unicode and control characters.
 */
export const YAML_TRICKY_STRINGS: readonly string[] = [
  '', 'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'YES', 'Off', 'true', 'False', '~', 'null', 'NULL',
  '0755', '0o17', '0x1F', '0b101', '1_000', '1:20', '190:20:30', '1e3', '1E+3', '+1', '-1', '.5', '1.', '.inf', '-.Inf', '.NaN',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2002-12-14 21:59:43.10 -5', '<<', '=', '-', '?', ':', '|', '>', '*a', '&a', '!x', '%x', '@x', '`x',
  '{a}', '[a]', '- x', 'a: b', 'a #b', '#x', 'a:', ' lead', 'trail ', ' ', '\t', 'two\nlines', 'script\n  indented\n', 'end\n', '\nstart',
  'a\r\nb', '---', '...', '--- x', '"', "'", '\\', 'ü', '漢字', '😀', 'e\u0301', '\u0085', '\u2028', '\ufeff', '\u0007', '\u007f', '\u00a0x',
];

/**
 * Any string: mostly printable ones, the YAML-tricky ones, and some full-unicode ones. Strings
 * with an unpaired UTF-16 surrogate are left out on purpose: the validator accepts them and
 * the YAML emitter then refuses them at write time (a known gap of the validator, reported).
 */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...YAML_TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...YAML_TRICKY_STRINGS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('')) },
);

/** DNS-1123 labels that a YAML 1.1 reader takes for something else when they are written plain. */
export const YAML_TRICKY_LABELS: readonly string[] = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'false', 'null', 'nan', 'inf', '0755', '0o17', '1e3', '0x1f', '12', '1-2', '0b1'];

/** A DNS-1123 label: lowercase letters, digits and '-', starting and ending alphanumeric; a fifth of them YAML-tricky. */
export const dnsLabel: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z]([-a-z0-9]{0,8}[a-z0-9])?$/) },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_TRICKY_LABELS) },
);

/** Names that are not DNS-1123 labels (or are empty), as users mistype them. */
export const badDnsLabel: fc.Arbitrary<string> = fc.constantFrom('', 'Web', '-web', 'web-', 'web_1', 'web.1', 'x'.repeat(64), ' web', 'wéb', 'yes', '0755', '1');

/** A name: usually a valid DNS label, sometimes not. */
export const maybeDnsLabel: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: dnsLabel }, { weight: 1, arbitrary: badDnsLabel });
