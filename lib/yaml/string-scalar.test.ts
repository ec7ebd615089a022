import { describe, expect, it } from 'vitest';
import { UnwritableStringError, renderString } from './string-scalar';

describe('renderString', () => {
  it.each([
    // The common case, decided without the full rules.
    ['web', 'web'],
    ['nginx:1.27.1', 'nginx:1.27.1'],
    ['/bin/sh', '/bin/sh'],
    ['_x', '_x'],
    ['app.kubernetes.io/name', 'app.kubernetes.io/name'],
    ['250Mi', '250Mi'],
    ['true', '"true"'],
    ['ON', '"ON"'],
    ['e5', '"e5"'],
    ['8080', '"8080"'],
    ['0o17', '"0o17"'],
    ['ends:', '"ends:"'],
    // The full rules.
    ['a b', 'a b'],
    ['-', '"-"'],
    ['<<', '<<'],
    ['a\nb', '|-\n  a\n  b'],
  ])('%j as a value', (value, expected) => {
    expect(renderString(value, false, '  ')).toBe(expected);
  });

  it.each([
    ['<<', '"<<"'],
    ['a\nb', '"a\\nb"'],
    ['0X1F', '"0X1F"'],
  ])('%j as a key', (value, expected) => {
    expect(renderString(value, true, '    ')).toBe(expected);
  });

  it.each([
    // Where a line starts: a root scalar, a key of the root mapping (indent of its pairs).
    ['---', false, '', '|-\n  ---'],
    ['---', true, '  ', '"---"'],
    ['---', true, '    ', '---'],
    ['\ufeffa', false, '', '"\ufeffa"'],
    ['\ufeffa', true, '  ', '"\ufeffa"'],
    ['\ufeffa', false, '  ', '\ufeffa'],
    ['\ufeffa', true, '    ', '\ufeffa'],
  ])('%j (key: %s) at indent %j', (value, implicitKey, indent, expected) => {
    expect(renderString(value, implicitKey, indent)).toBe(expected);
  });

  it.each(['\ud800', 'a\udfffb', '\udc00\ud800'])('refuses %j, which has an unpaired surrogate', (value) => {
    expect(() => renderString(value, false, '  ')).toThrow(UnwritableStringError);
  });

  it('accepts surrogate pairs', () => {
    expect(renderString('😀', false, '  ')).toBe('😀');
  });
});
