/**
 * The fast reader against the `yaml` package: on generated block YAML, full of the
 * scalars, keys and layouts that trip readers, and on random mutations of it, the fast
 * reader either gives up or gives exactly the data (same keys in the same order, same
 * values) and the same key positions that the `yaml` package path gives, and that
 * path then finds no problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PositionNode } from '../position-tree';
import { readWithYamlPackage } from '../yaml-package/read-with-yaml';
import { splitYamlStream } from '../split-documents';
import { readFastDocument } from './fast-reader';

const TRICKY_TEXT = [
  'web', 'nginx:1.27', 'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'Null', '', '0755', '0x1F', '0o17', '1e3', '1_000',
  '1:20', '.5', '-1', '+1', '08', '3.0', '1.', '.inf', '-.Inf', '.nan', '2001-12-14', 'a b', 'a#b', 'a #b', '#x', '- x',
  '-x', '? x', ':x', 'x:', 'x: y', 'x:y', '"q"', "'q'", "it's", '[a]', '{a}', '*a', '&a', '!t', '%x', '@x', '`x', '|', '>',
  ' lead', 'trail ', 'tab\there', 'é ü 日本', 'back\\slash', 'a,b', 'http://h:80/p', '<<', '__proto__', 'constructor',
  '-', '--', '---', '...', '1e400', '99999999999999999999', 'true', 'FALSE', '=', 'a\u00a0b',
];
const MULTI_LINE_TEXT = ['one\ntwo\n', 'one\n\ntwo\n', 'x\n', '', '\n', 'a\n  indented\nb\n', 'trailing\n\n\n', 'no newline', ' lead\n', '#not a comment\n', 'a\tb\n'];
const KEYS = ['name', 'image', 'app.kubernetes.io/name', 'a b', 'a#b', 'a:b', '-k', 'key with "quotes"', 'y', 'on', '1', '<<', '__proto__', 'constructor', 'é', 'x', ''];

type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'flow';
type Node =
  | { readonly type: 'scalar'; readonly text: string; readonly style: ScalarStyle; readonly chomp: '' | '-' | '+'; readonly comment: boolean }
  | { readonly type: 'map'; readonly entries: readonly { readonly key: string; readonly keyStyle: 'plain' | 'single' | 'double'; readonly value: Node }[] }
  | { readonly type: 'seq'; readonly items: readonly Node[]; readonly compact: boolean; readonly sameIndent: boolean };

const scalar: fc.Arbitrary<Node> = fc.record({
  type: fc.constant('scalar' as const),
  text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_TEXT) }, { weight: 1, arbitrary: fc.constantFrom(...MULTI_LINE_TEXT) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
  style: fc.constantFrom<ScalarStyle>('plain', 'plain', 'plain', 'single', 'double', 'literal', 'folded', 'flow'),
  chomp: fc.constantFrom<'' | '-' | '+'>('', '-', '+'),
  comment: fc.boolean(),
});

const tree = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, scalar, tie('map'), tie('seq')),
  map: fc.record({
    type: fc.constant('map' as const),
    entries: fc.array(
      fc.record({ key: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), keyStyle: fc.constantFrom<'plain' | 'single' | 'double'>('plain', 'plain', 'single', 'double'), value: tie('node') }),
      { maxLength: 4 },
    ),
  }),
  seq: fc.record({ type: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 3 }), compact: fc.boolean(), sameIndent: fc.boolean() }),
}));

const document = fc.record({
  root: tree.map,
  step: fc.integer({ min: 1, max: 4 }),
  marker: fc.boolean(),
  crlf: fc.boolean(),
  blankLines: fc.array(fc.nat(40), { maxLength: 3 }),
});

function quoteDouble(text: string): string {
  return JSON.stringify(text);
}

function quoteSingle(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function renderKey(key: string, style: 'plain' | 'single' | 'double'): string {
  return style === 'plain' ? key : style === 'single' ? quoteSingle(key) : quoteDouble(key);
}

/** Renders a scalar written after `: ` or `- `; block scalars add their lines indented by `indent`. */
function renderScalar(node: Extract<Node, { type: 'scalar' }>, indent: number): string {
  const comment = node.comment ? ' # note' : '';
  switch (node.style) {
    case 'plain':
      return node.text + comment;
    case 'single':
      return quoteSingle(node.text) + comment;
    case 'double':
      return quoteDouble(node.text) + comment;
    case 'flow':
      return `[${quoteDouble(node.text)}, ${node.text}]${comment}`;
    default: {
      const header = (node.style === 'literal' ? '|' : '>') + node.chomp + comment;
      const lines = node.text.split('\n').map((line) => (line === '' ? '' : ' '.repeat(indent) + line));
      return [header, ...lines].join('\n');
    }
  }
}

function renderMap(node: Extract<Node, { type: 'map' }>, indent: number, step: number, out: string[]): void {
  if (node.entries.length === 0) {
    out.push(`${' '.repeat(indent)}{}`);
    return;
  }
  for (const entry of node.entries) {
    const head = `${' '.repeat(indent)}${renderKey(entry.key, entry.keyStyle)}:`;
    renderValue(head, entry.value, indent, step, out, true);
  }
}

function renderValue(head: string, value: Node, indent: number, step: number, out: string[], inMap: boolean): void {
  if (value.type === 'scalar') {
    out.push(`${head} ${renderScalar(value, indent + step)}`);
  } else if (value.type === 'map') {
    if (value.entries.length === 0) out.push(`${head} {}`);
    else {
      out.push(head);
      renderMap(value, indent + step, step, out);
    }
  } else if (value.items.length === 0) {
    out.push(`${head} []`);
  } else {
    out.push(head);
    renderSeq(value, inMap && value.sameIndent ? indent : indent + step, step, out);
  }
}

function renderSeq(node: Extract<Node, { type: 'seq' }>, indent: number, step: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of node.items) {
    if (item.type === 'map' && item.entries.length > 0 && node.compact) {
      const lines: string[] = [];
      renderMap(item, indent + 2, step, lines);
      lines[0] = `${pad}- ${lines[0].slice(indent + 2)}`;
      out.push(...lines);
    } else if (item.type === 'scalar') {
      out.push(`${pad}- ${renderScalar(item, indent + step)}`);
    } else {
      renderValue(`${pad}-`, item, indent, step, out, false);
    }
  }
}

interface RenderedDocument {
  readonly root: Node;
  readonly step: number;
  readonly marker: boolean;
  readonly crlf: boolean;
  readonly blankLines: readonly number[];
}

function render(doc: RenderedDocument): string {
  const lines: string[] = [];
  renderMap(doc.root as Extract<Node, { type: 'map' }>, 0, doc.step, lines);
  for (const at of doc.blankLines) lines.splice(Math.min(at, lines.length), 0, at % 3 === 0 ? '' : `${' '.repeat(at % 5)}# comment`);
  if (doc.marker) lines.unshift('---');
  const text = `${lines.join('\n')}\n`;
  return doc.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Offsets of every mapping key, and of every sequence item holding a scalar, by path. */
function keyOffsets(node: PositionNode | undefined, value: unknown, path: string, out: Map<string, number>): Map<string, number> {
  if (node === undefined) return out;
  if (node.entries !== undefined && typeof value === 'object' && value !== null) {
    for (const [key, child] of node.entries) {
      out.set(`${path}[${key}]`, child.offset);
      keyOffsets(child, (value as Record<string, unknown>)[key], `${path}[${key}]`, out);
    }
  }
  if (node.items !== undefined && Array.isArray(value)) {
    node.items.forEach((child, index) => {
      const item: unknown = value[index];
      if (item !== null && typeof item !== 'object') out.set(`${path}[${index}]`, child.offset);
      keyOffsets(child, item, `${path}[${index}]`, out);
    });
  }
  return out;
}

/** Compares the readers on each document of `text`, as the stream reader splits it. */
function expectSameAsYamlPackage(text: string): 'fast' | 'fallback' {
  const layout = splitYamlStream(text);
  if (layout.whole) return 'fallback';
  let outcome: 'fast' | 'fallback' = 'fallback';
  for (const span of layout.spans) {
    if (expectSameOnSpan(text, span.start, span.end) === 'fast') outcome = 'fast';
  }
  return outcome;
}

function expectSameOnSpan(text: string, start: number, end: number): 'fast' | 'fallback' {
  const fast = readFastDocument(text, start, end, 1000, true);
  if (fast === undefined) return 'fallback';
  const slow = readWithYamlPackage(text, start, end, 1000, true);
  const nonEmpty = slow.filter((doc) => doc.value !== null || doc.problems.length > 0);
  if (fast.value === null) {
    expect(nonEmpty).toEqual([]);
    return 'fast';
  }
  expect(slow).toHaveLength(1);
  expect(slow[0].problems).toEqual([]);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(slow[0].value));
  expect(keyOffsets(fast.positions, fast.value, '', new Map())).toEqual(keyOffsets(slow[0].positions, slow[0].value, '', new Map()));
  return 'fast';
}

describe('the fast reader agrees with the yaml package', () => {
  it('on generated block YAML', { timeout: 120_000 }, () => {
    const outcomes = { fast: 0, fallback: 0 };
    fc.assert(
      fc.property(document, (doc) => {
        outcomes[expectSameAsYamlPackage(render(doc))]++;
      }),
      { numRuns: 3000, seed: 20260601 },
    );
    // The generator must exercise the fast reader, not only its way out.
    expect(outcomes.fast).toBeGreaterThan(400);
  });

  it('on random mutations of generated block YAML', { timeout: 120_000 }, () => {
    const mutation = fc.record({ doc: document, edits: fc.array(fc.record({ at: fc.nat(), insert: fc.constantFrom('', ' ', '  ', '\t', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\n', '\n  ', '|', '>', '&a ', '*a', '!', '?', '\\'), remove: fc.nat(2) }), { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(mutation, ({ doc, edits }) => {
        let text = render(doc);
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
        }
        expectSameAsYamlPackage(text);
      }),
      { numRuns: 3000, seed: 20260602 },
    );
  });

  it.each([
    ['a Kubernetes Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web, tier: "1"}\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        args: ["sh", "-c", "echo hi; sleep 1"]\n        ports:\n        - containerPort: 80\n          name: http\n        command:\n          - /bin/sh\n        env:\n        - name: A\n          value: "yes"\n        - {name: B, value: \'0755\'}\n'],
    ['block scalars of each chomping', 'a: |\n  one\n  two\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: >\n  folded\n  line\n\n  para\ne: >-\n  z\n'],
    ['comments and blank lines everywhere', '# head\n\napiVersion: v1 # trailing\n  # indented comment\nkind: Pod\n\n\nmetadata:\n\n  name: x\n'],
    ['a sequence at the indentation of its key', 'items:\n- a\n- b\nnext: 1\n'],
    ['Windows line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\n'],
  ])('on %s', (_, text) => {
    expect(expectSameAsYamlPackage(text)).toBe('fast');
  });
});
