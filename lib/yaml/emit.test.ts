import * as YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { stringifyDocument, stringifyDocuments } from './emit';

/** The reference: how cdk8s writes one document with the `yaml` package. */
function reference(doc: unknown): string {
  return YAML.stringify(doc, { keepUndefined: true, lineWidth: 0, version: '1.1' });
}

/** `[string, written as a value, written as a key, deviation from the reference (see emit.ts)]` */
type ScalarRow = [value: string, asValue: string, asKey: string, deviation?: number];

const scalarRows: readonly ScalarRow[] = [
  ['', '""', '""'],
  [' ', '" "', '" "'],
  // YAML 1.1 booleans and nulls.
  ...['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', '~', 'null', 'Null', 'NULL', 'true', 'False'].map(
    (s): ScalarRow => [s, `"${s}"`, `"${s}"`],
  ),
  ['yES', 'yES', 'yES'],
  // Numbers in YAML 1.1 and Go syntax.
  ...['0b101', '+1', '.5', '.inf', '-.Inf', '.nan', '0755', '08', '1_000', '0x1F', '1e3', '-0', '1.'].map(
    (s): ScalarRow => [s, `"${s}"`, `"${s}"`],
  ),
  ...['0o17', '0X1F', '0B11', '+0o17', '1e3_0', '0b-1', '0_x1F'].map(
    (s): ScalarRow => [s, `"${s}"`, `"${s}"`, 1],
  ),
  // The yaml package reads an exponent without a mantissa as a float; go-yaml does not.
  ['e3', '"e3"', '"e3"'],
  ['E+5', '"E+5"', '"E+5"'],
  ['e08', '"e08"', '"e08"'],
  ['echo', 'echo', 'echo'],
  ['1e', '1e', '1e'],
  ['0x', '0x', '0x'],
  ['200m', '200m', '200m'],
  ['_1', '_1', '_1'],
  // Timestamps and sexagesimal numbers.
  ['2001-12-14', '"2001-12-14"', '"2001-12-14"'],
  ['2001-12-14t21:59:43.10-05:00', '"2001-12-14t21:59:43.10-05:00"', '"2001-12-14t21:59:43.10-05:00"'],
  ['2001-12-14 21:59:43,5', '"2001-12-14 21:59:43,5"', '"2001-12-14 21:59:43,5"', 1],
  ['1:20', '"1:20"', '"1:20"'],
  ['190:20:30', '"190:20:30"', '"190:20:30"'],
  ['1:60', '1:60', '1:60'],
  // Value key and merge key.
  ['=', '=', '='],
  ['<<', '<<', '"<<"', 2],
  // Spaces, comments, mapping and sequence indicators.
  [' lead', '" lead"', '" lead"'],
  ['trail ', '"trail "', '"trail "'],
  ['#comment', '"#comment"', '"#comment"'],
  ['a #b', '"a #b"', '"a #b"'],
  ['a#b', 'a#b', 'a#b'],
  ['key: value', '"key: value"', '"key: value"'],
  ['a:b', 'a:b', 'a:b'],
  ['nginx:1.27', 'nginx:1.27', 'nginx:1.27'],
  ['ends:', '"ends:"', '"ends:"'],
  ['- item', '"- item"', '"- item"'],
  ['-', '"-"', '"-"'],
  ['-c', '-c', '-c'],
  ['?', '"?"', '"?"'],
  ['? x', '"? x"', '"? x"'],
  ['?x', '?x', '?x'],
  [':', '":"', '":"'],
  [':x', ':x', ':x'],
  // Leading indicator characters.
  ...['&anchor', '*alias', '!tag', '|pipe', '>fold', '%dir', '@at', '`tick', "'single", '[x', '{x', ',x'].map(
    (s): ScalarRow => [s, `"${s}"`, `"${s}"`],
  ),
  ['x]', 'x]', 'x]'],
  ['x,y', 'x,y', 'x,y'],
  // Quotes inside: single quotes for a double quote alone, double quotes otherwise.
  ['"double', `'"double'`, `'"double'`],
  [`"it's"`, `"\\"it's\\""`, `"\\"it's\\""`],
  ["it's", "it's", "it's"],
  ['say "hi"', 'say "hi"', 'say "hi"'],
  // Tabs, control characters, line breaks.
  ['tab\there', 'tab\there', 'tab\there'],
  ['\tlead', '"\\tlead"', '"\\tlead"'],
  ['trail\t', '"trail\\t"', '"trail\\t"'],
  ['\x00', '"\\0"', '"\\0"'],
  ['\x07bell', '"\\abell"', '"\\abell"'],
  ['\x1b[0m', '"\\e[0m"', '"\\e[0m"'],
  ['\r\n', '"\\r\\n"', '"\\r\\n"'],
  ['\x7f', '"\\x7f"', '"\\x7f"', 3],
  ['\u0085', '"\\N"', '"\\N"', 3],
  ['a\u2028b', '"a\\Lb"', '"a\\Lb"', 3],
  ['a\u2029b', '"a\\Pb"', '"a\\Pb"', 3],
  ['\uffff', '"\\uFFFF"', '"\\uFFFF"', 3],
  // Unicode.
  ['é', 'é', 'é'],
  ['日本語', '日本語', '日本語'],
  ['😀 emoji', '😀 emoji', '😀 emoji'],
  ['a\u00a0', 'a\u00a0', 'a\u00a0'],
  ['\ufeffbom', '\ufeffbom', '"\ufeffbom"', 4],
  ['a\ufeffb', 'a\ufeffb', 'a\ufeffb'],
  // Document markers: only a key of the root mapping starts a line.
  ['---', '---', '"---"'],
  ['...', '...', '"..."'],
  ['--- x', '--- x', '"--- x"'],
];

describe('strings as mapping values and keys', () => {
  it.each(scalarRows)('%j', (value, asValue, asKey) => {
    expect(stringifyDocument({ k: value })).toBe(`k: ${asValue}\n`);
    expect(stringifyDocument({ [value]: 1 })).toBe(`${asKey}: 1\n`);
  });

  it.each(scalarRows.filter((row) => row[3] === undefined))('%j as the yaml package writes it', (value) => {
    for (const doc of [{ k: value }, { [value]: 1 }, [value], { a: { [value]: [value] } }]) {
      expect(stringifyDocument(doc)).toBe(reference(doc));
    }
  });

  it.each(scalarRows.filter((row) => row[3] !== undefined))('%j deviates (%#)', (value) => {
    expect(stringifyDocument({ k: value, [value]: 1 })).not.toBe(reference({ k: value, [value]: 1 }));
  });
});

describe('multi-line strings', () => {
  it.each([
    ['a\nb', 'k: |-\n  a\n  b\n'],
    ['a\nb\n', 'k: |\n  a\n  b\n'],
    ['a\nb\n\n', 'k: |+\n  a\n  b\n\n'],
    ['\n', 'k: |+\n  \n'],
    ['  indented\nb', 'k: |2-\n    indented\n  b\n'],
    ['\n\nafter blank lines', 'k: |-\n  \n\n  after blank lines\n'],
    ['trailing space \nb', 'k: |-\n  trailing space \n  b\n'],
    ['a\n  ', 'k: "a\\n  "\n'],
    ['a\n\t', 'k: "a\\n\\t"\n'],
    ['#!/bin/sh\necho "a: b" # c\nexit 0\n', 'k: |\n  #!/bin/sh\n  echo "a: b" # c\n  exit 0\n'],
    ['a\n---\nb', 'k: |-\n  a\n  ---\n  b\n'],
    ['a\n\u0001' + 'x'.repeat(40), `k: "a\n\n  \\x01${'x'.repeat(40)}"\n`],
  ])('%j', (value, expected) => {
    expect(stringifyDocument({ k: value })).toBe(expected);
    expect(stringifyDocument({ k: value })).toBe(reference({ k: value }));
  });

  it('keeps a multi-line key on one line, double-quoted', () => {
    expect(stringifyDocument({ 'a\nb': 1 })).toBe('"a\\nb": 1\n');
  });

  it('writes a sequence item block scalar under its dash', () => {
    expect(stringifyDocument(['a\nb', ['c\nd']])).toBe('- |-\n  a\n  b\n- - |-\n    c\n    d\n');
  });

  it.each([
    // Deviation 5: a tab at the start of the first content line needs an indicator for libyaml.
    [{ k: '\tfirst\nsecond' }, 'k: |2-\n  \tfirst\n  second\n'],
    [{ k: '\n\tafter a blank line' }, 'k: |2-\n  \n  \tafter a blank line\n'],
    // Deviation 5: root block scalars are indented (libyaml requires at least one space).
    ['a\nb', '|-\n  a\n  b\n'],
    [' a\nb', '|2-\n   a\n  b\n'],
    // Deviation 5: blank lines holding spaces are quoted (a block would lose the spaces).
    [{ k: ' \n' }, 'k: "\\ \\n"\n'],
    [{ k: '\n \n' }, 'k: "\\n\\ \\n"\n'],
    [[' \t\n\n'], '- " \\t\\n\\n"\n'],
    [' \n', '"\\ \\n"\n'],
  ] as const)('deviates for libyaml: %j', (doc, expected) => {
    expect(stringifyDocument(doc)).toBe(expected);
    expect(reference(doc)).not.toBe(expected);
  });
});

describe('collections', () => {
  it.each([
    [{}, '{}\n'],
    [[], '[]\n'],
    [{ a: {} }, 'a: {}\n'],
    [{ a: [] }, 'a: []\n'],
    [[[]], '- []\n'],
    [[{}], '- {}\n'],
    [[['a', 'b'], ['c', ['d']]], '- - a\n  - b\n- - c\n  - - d\n'],
    [{ a: [{ b: 1, c: [2] }, [3], []] }, 'a:\n  - b: 1\n    c:\n      - 2\n  - - 3\n  - []\n'],
    [{ a: { b: { c: 'd' } } }, 'a:\n  b:\n    c: d\n'],
    [{ b: 1, a: 2, 10: 3, 2: 4 }, '"2": 4\n"10": 3\nb: 1\na: 2\n'],
  ])('%j', (doc, expected) => {
    expect(stringifyDocument(doc)).toBe(expected);
    expect(stringifyDocument(doc)).toBe(reference(doc));
  });

  it('writes a key longer than 1024 characters as an explicit key', () => {
    const long = 'k'.repeat(1025);
    for (const doc of [{ [long]: 1 }, { [long]: { a: 1, b: 2 } }, { [long]: [1, 2] }, { x: { [long]: null } }]) {
      expect(stringifyDocument(doc)).toBe(reference(doc));
    }
    expect(stringifyDocument({ [long]: { a: 1, b: 2 } })).toBe(`? ${long}\n: a: 1\n  b: 2\n`);
    expect(stringifyDocument({ ['k'.repeat(1024)]: 1 })).toBe(`${'k'.repeat(1024)}: 1\n`);
  });

  it('writes a very long string on one line (lineWidth 0: no folding)', () => {
    const long = 'word '.repeat(2000).trim();
    expect(stringifyDocument({ k: long })).toBe(`k: ${long}\n`);
  });

  it('writes an object referenced twice in full each time (deviation 6: no anchors)', () => {
    const labels = { app: 'web' };
    const doc = { metadata: { labels }, selector: { matchLabels: labels } };
    expect(stringifyDocument(doc)).toBe('metadata:\n  labels:\n    app: web\nselector:\n  matchLabels:\n    app: web\n');
    expect(reference(doc)).toContain('&a1');
  });
});

describe('numbers, booleans and null', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [-5, '-5'],
    [0.1, '0.1'],
    [1.5e-7, '1.5e-7'],
    [1e21, '1e+21'],
    [123456789012345680000, '123456789012345680000'],
    [2 ** 53 + 2, '9007199254740994'],
    [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [true, 'true'],
    [false, 'false'],
    [null, 'null'],
  ])('%j', (value, expected) => {
    expect(stringifyDocument({ k: value })).toBe(`k: ${expected}\n`);
    expect(stringifyDocument([value])).toBe(`- ${expected}\n`);
    expect(stringifyDocument(value)).toBe(reference(value));
  });

  it('writes an undefined property as null, as the reference does with keepUndefined', () => {
    expect(stringifyDocument({ a: undefined, b: 1 })).toBe('a: null\nb: 1\n');
    expect(reference({ a: undefined, b: 1 })).toBe('a: null\nb: 1\n');
  });
});

describe('stringifyDocuments', () => {
  it.each([
    [[], ''],
    [[{ a: 1 }], 'a: 1\n'],
    [[{ a: 1 }, { b: 2 }], 'a: 1\n---\nb: 2\n'],
    [[{ k: 'x\n\n' }, 'z'], 'k: |+\n  x\n\n---\nz\n'],
  ])('%j', (docs, expected) => {
    expect(stringifyDocuments(docs)).toBe(expected);
    expect(stringifyDocuments(docs)).toBe(docs.map(reference).join('---\n'));
  });

  it('gives the same bytes on every run', () => {
    const docs = [{ kind: 'Pod', spec: { containers: [{ name: 'a', args: ['x\ny', 'yes', 1] }] } }];
    expect(stringifyDocuments(docs)).toBe(stringifyDocuments(structuredClone(docs)));
  });
});
