import { describe, expect, it } from 'vitest';
import { readFastDocument } from './fast-reader';

const read = (text: string, maxDepth = 1000) => readFastDocument(text, 0, text.length, maxDepth)?.value;

describe('readFastDocument reads', () => {
  it.each([
    ['an empty document', '', null],
    ['a document of comments', '# only\n\n  # comments\n', null],
    ['a marker line alone', '--- # start\n', null],
    ['a mapping', 'a: 1\nb: two\n', { a: 1, b: 'two' }],
    ['a marker line before the content', '---\na: 1\n', { a: 1 }],
    ['a nested mapping', 'a:\n  b:\n    c: d\n', { a: { b: { c: 'd' } } }],
    ['an empty value', 'a:\nb: 1\n', { a: null, b: 1 }],
    ['an empty value with a comment', 'a: # none\nb: 1\n', { a: null, b: 1 }],
    ['a sequence at the key\'s indentation', 'a:\n- 1\n- 2\nb: 3\n', { a: [1, 2], b: 3 }],
    ['an indented sequence', 'a:\n  - 1\n  - x\n', { a: [1, 'x'] }],
    ['a compact mapping in a sequence', 'c:\n- name: web\n  image: nginx\n- name: db\n', { c: [{ name: 'web', image: 'nginx' }, { name: 'db' }] }],
    ['a mapping under a lone dash', 'c:\n-\n  name: web\n', { c: [{ name: 'web' }] }],
    ['an empty sequence item', 'c:\n-\n- 1\n', { c: [null, 1] }],
    ['a top-level sequence', '- a\n- b\n', ['a', 'b']],
    ['quoted keys and values', '"a b": \'c\'\n\'d\': "e\\n"\n', { 'a b': 'c', d: 'e\n' }],
    ['keys holding colons, dots, slashes and hashes', 'a:b: 1\napp.kubernetes.io/name: x\na#b: 2\n', { 'a:b': 1, 'app.kubernetes.io/name': 'x', 'a#b': 2 }],
    ['keys followed by spaces', 'a   : 1\n', { a: 1 }],
    ['plain scalars with comments', 'image: nginx:1.27 # pinned\nurl: http://h:80/p\n', { image: 'nginx:1.27', url: 'http://h:80/p' }],
    ['YAML 1.1 scalars', 'a: yes\nb: off\nc: 0755\nd: ~\ne: "yes"\nf: 1:20\n', { a: true, b: false, c: 493, d: null, e: 'yes', f: '1:20' }],
    ['flow collections', 'args: ["sh", "-c"]\nlabels: {app: web}\nempty: []\n', { args: ['sh', '-c'], labels: { app: 'web' }, empty: [] }],
    ['block scalars', 'script: |\n  echo hi\n  exit 0\nnext: 1\n', { script: 'echo hi\nexit 0\n', next: 1 }],
    ['block scalars in sequences', 'c:\n- |\n  a\n- s: >-\n    b\n    c\n', { c: ['a\n', { s: 'b c' }] }],
    ['Windows line ends', 'a: 1\r\nb:\r\n- x\r\n', { a: 1, b: ['x'] }],
    ['constructor and prototype keys as data', 'constructor: 1\nprototype: 2\n', { constructor: 1, prototype: 2 }],
  ])('%s', (_, text, value) => {
    expect(read(text)).toEqual(value);
  });

  it('keeps constructor as an own data property', () => {
    const value = read('constructor: {prototype: {polluted: 1}}\n') as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, 'constructor')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only its span of the text', () => {
    const text = 'a: 1\n---\nb: 2\n';
    expect(readFastDocument(text, 5, text.length, 1000)?.value).toEqual({ b: 2 });
  });
});

describe('readFastDocument gives up on', () => {
  it.each([
    ['a scalar document', 'hello\n'],
    ['a flow mapping document', '{a: 1}\n'],
    ['content on the marker line', '--- a: 1\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', '<<: {a: 1}\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a key that is not a string', 'yes: 1\n'],
    ['a null key', '~: 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a comment glued to a quoted scalar', 'a: "b"#c\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a tab on a blank line', 'a: 1\n\t\nb: 2\n'],
    ['a tab after a colon', 'a:\t1\n'],
    ['a compact nested sequence', '- - a\n'],
    ['a sequence in a mapping value on one line', 'a: - b\n'],
    ['a line indented deeper than its mapping', 'a: 1\n  b: 2\n'],
    ['a dash line at a mapping\'s indentation', 'a: 1\n- b\n'],
    ['a value JSON cannot hold', 'a: .inf\n'],
    ['a reserved indicator', 'a: @x\n'],
    ['a very long key', `${'k'.repeat(1100)}: 1\n`],
  ])('%s', (_, text) => {
    expect(readFastDocument(text, 0, text.length, 1000)).toBeUndefined();
  });

  it('nesting beyond the depth limit', () => {
    expect(read('a:\n  b:\n    c: 1\n', 3)).toEqual({ a: { b: { c: 1 } } });
    expect(readFastDocument('a:\n  b:\n    c: 1\n', 0, 17, 2)).toBeUndefined();
  });
});

describe('readFastDocument positions', () => {
  it('point at keys, at item values, and at nested blocks of items', () => {
    const text = 'a: 1\nc:\n- name: x\n-\n  k: v\n- plain\n';
    const root = readFastDocument(text, 0, text.length, 1000, true)?.positions;
    expect(root?.offset).toBe(0);
    expect(root?.entries?.get('c')?.offset).toBe(5);
    const items = root?.entries?.get('c')?.items ?? [];
    expect(items.map((item) => item.offset)).toEqual([10, 22, 29]);
    expect(items[0].entries?.get('name')?.offset).toBe(10);
  });
});
