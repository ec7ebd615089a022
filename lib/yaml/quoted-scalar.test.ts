import { describe, expect, it } from 'vitest';
import { doubleQuoted, quoted, singleQuoted } from './quoted-scalar';

const long = 'x'.repeat(40);

describe('doubleQuoted', () => {
  it.each([
    ['', false, '  ', '""'],
    ['plain', false, '  ', '"plain"'],
    ['say "hi"\\', false, '  ', '"say \\"hi\\"\\\\"'],
    // YAML's short escapes for control characters.
    ['\x00\x07\x08\x0b\x0c\x1b\x01', false, '  ', '"\\0\\a\\b\\v\\f\\e\\x01"'],
    ['\t\r', false, '  ', '"\\t\\r"'],
    // Deviation 3: characters YAML 1.1 readers take as line breaks or refuse raw.
    ['\u0085\u2028\u2029', false, '  ', '"\\N\\L\\P"'],
    ['\x7f\x80\x9f\ufffe\uffff', false, '  ', '"\\x7f\\x80\\x9f\\uFFFE\\uFFFF"'],
    // Short strings and keys keep `\n` escapes; a space before a line break is escaped.
    ['a\nb', false, '  ', '"a\\nb"'],
    ['a \nb', true, '  ', '"a\\ \\nb"'],
    [`${long}\nb`, true, '  ', `"${long}\\nb"`],
    // Long strings outside keys put each line break on a real line, followed by an empty one.
    [`${long}\nb`, false, '  ', `"${long}\n\n  b"`],
    [`${long}\n\nb`, false, '    ', `"${long}\n\n\n    b"`],
    [`${long}\n b`, false, '  ', `"${long}\n\n  \\ b"`],
    [`${long}\n`, false, '  ', `"${long}\\n"`],
    // At the root, continuation lines are indented when the text holds a document marker.
    [`${long}\n---\x01`, false, '', `"${long}\n\n  ---\\x01"`],
    [`${long}\nb\x01`, false, '', `"${long}\n\nb\\x01"`],
  ])('%j (key: %s, indent %j)', (value, implicitKey, indent, expected) => {
    expect(doubleQuoted(value, implicitKey, indent)).toBe(expected);
  });
});

describe('singleQuoted', () => {
  it.each([
    ['', false, "''"],
    ["it's", false, "'it''s'"],
    ['"a"', false, `'"a"'`],
    ['a\nb', false, "'a\n\n  b'"],
    // Falls back to double quotes where single quotes cannot keep the value.
    ['a\nb', true, '"a\\nb"'],
    ['a \nb', false, '"a\\ \\nb"'],
    ['a\n b', false, '"a\\n b"'],
  ])('%j (key: %s)', (value, implicitKey, expected) => {
    expect(singleQuoted(value, implicitKey, '  ')).toBe(expected);
  });
});

describe('quoted', () => {
  it.each([
    ['yes', '"yes"'],
    ['"x"', `'"x"'`],
    ["'x'", `"'x'"`],
    [`'"`, `"'\\""`],
  ])('%j', (value, expected) => {
    expect(quoted(value, false, '  ')).toBe(expected);
  });
});
