import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import * as YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { stringifyDocument, stringifyDocuments } from './emit';
import { isYaml11MergeKey, resolveYaml11Plain } from './yaml11';

/**
 * Differential tests: random JSON documents written by our emitter must equal the `yaml`
 * package's output (unless they hold a documented deviation) and must read back as the same
 * value, both with the `yaml` package (YAML 1.1) and with go-yaml v2's resolution rules on
 * the `yaml` package's syntax tree, and (where Python's PyYAML with libyaml is installed)
 * on libyaml's own scanner, the C original that go-yaml is a line-by-line port of.
 */

const fragments = [
  ' ', '  ', '\n', '\n\n', '\t', '#', ': ', ':', '- ', '-', '? ', '?', ',', '[', ']', '{', '}',
  '"', "'", '&', '*', '!', '|', '>', '%', '@', '`', '~', '=', '<<', '---', '...', '\r', '\\',
  'yes', 'No', 'on', 'OFF', 'y', 'null', 'true', 'False', '0', '1', '08', '0755', '0o17', '0x1F',
  '0X1f', '0b101', '0B1', '1_000', '_', '1e3', '1E3', 'e', '.', '.5', '+', '.inf', '.NaN',
  '1:20', '2001-12-14', 'T', '21:59:43', '.10', ',5', 'Z', '-05:00', 'a', 'word', 'nginx:1.27',
  'é', '日本', '😀', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00a0', '\x7f', '\x9f', '\x00',
  '\x01', '\x1b', '\ufffe', '\uffff',
];

/** Strings made of fragments that exercise quoting, plus arbitrary Unicode strings. */
const trickyString = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !/[\uD800-\uDFFF]/u.test(s)) },
);

const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 1e21, 2 ** 53 + 2, 123456789012345680000, 5e-324, 0.1, -1.5e-7),
);

const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyString,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('json'), { maxKeys: 4, noNullPrototype: true }),
  ),
}));

const yamlOptions = { keepUndefined: true, lineWidth: 0, version: '1.1' } as const;

/** Whether the `yaml` package writes `s` as a plain scalar. */
function referenceWritesPlain(s: string): boolean {
  return YAML.stringify([s], yamlOptions) === `- ${s}\n`;
}

/** Whether a string may trigger one of the documented deviations (an over-approximation). */
function mayDeviate(s: string, isKey: boolean): boolean {
  return (
    (isKey && s === '<<') ||
    /[\x7f-\x9f\u2028\u2029\ufffe\uffff\ufeff]/.test(s) ||
    (s.includes('\n') && /^\n*\t|^[\n\t ]*[\t ][\n\t ]*$/.test(s)) ||
    (referenceWritesPlain(s) && resolveYaml11Plain(s).kind !== 'str')
  );
}

function anyDeviation(doc: unknown, atRoot = true): boolean {
  if (typeof doc === 'string') {
    return mayDeviate(doc, false) || (atRoot && (doc.includes('\n') || /^(---|\.\.\.)/.test(doc)));
  }
  if (Array.isArray(doc)) {
    return doc.some((item) => anyDeviation(item, false));
  }
  if (doc !== null && typeof doc === 'object') {
    return Object.entries(doc).some(([key, value]) => mayDeviate(key, true) || anyDeviation(value, false));
  }
  return false;
}

/** A YAML node read with go-yaml v2's resolution of plain scalars, as a JSON value. */
function readWithResolver(node: unknown): unknown {
  if (YAML.isScalar(node)) {
    if (node.type !== 'PLAIN') {
      return node.value;
    }
    const resolved = resolveYaml11Plain(node.source as string);
    expect(resolved.kind, `plain scalar ${JSON.stringify(node.source)}`).not.toBe('timestamp');
    return typeof resolved.value === 'bigint' ? Number(resolved.value) : resolved.value;
  }
  if (YAML.isSeq(node)) {
    return node.items.map(readWithResolver);
  }
  if (YAML.isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key as YAML.Scalar;
      if (key.type === 'PLAIN') {
        expect(isYaml11MergeKey(key.source as string)).toBe(false);
      }
      const name = readWithResolver(key);
      expect(typeof name).toBe('string');
      // defineProperty, so that a `__proto__` key is an ordinary property.
      Object.defineProperty(out, name as string, {
        value: readWithResolver(pair.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  throw new Error(`unexpected node ${String(node)}`);
}

/** JSON equality where -0 equals 0 (go-yaml reads `-0` as the integer 0). */
function withoutNegativeZero(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('differential: random JSON documents', () => {
  const counts = { compared: 0, deviating: 0 };

  it('match the yaml package byte for byte and read back as the same value (3,000 runs)', () => {
    fc.assert(
      fc.property(json, (generated) => {
        const doc = structuredClone(generated);
        const ours = stringifyDocument(doc);
        if (anyDeviation(doc)) {
          counts.deviating++;
        } else {
          counts.compared++;
          expect(ours).toBe(YAML.stringify(doc, yamlOptions));
        }
        expect(YAML.parse(ours, { version: '1.1' })).toStrictEqual(doc);
        const parsed = YAML.parseDocument(ours, { version: '1.1' });
        expect(parsed.errors).toEqual([]);
        expect(withoutNegativeZero(readWithResolver(parsed.contents))).toStrictEqual(withoutNegativeZero(doc));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect(counts.compared + counts.deviating).toBe(3000);
    // Most documents hold no deviation: the byte comparison is the rule, not the exception.
    expect(counts.compared).toBeGreaterThan(1500);
  }, 120_000);

  it('match as multi-document streams (500 runs of up to 5 documents)', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 5 }), (generated) => {
        const docs = structuredClone(generated);
        const ours = stringifyDocuments(docs);
        if (!docs.some((doc) => anyDeviation(doc))) {
          expect(ours).toBe(docs.map((doc) => YAML.stringify(doc, yamlOptions)).join('---\n'));
        }
        const read = YAML.parseAllDocuments(ours, { version: '1.1' });
        expect(Array.isArray(read) ? read.map((d) => d.toJS()) : []).toStrictEqual(docs);
      }),
      { numRuns: 500, seed: 7 },
    );
  }, 60_000);
});

/** Composes YAML with libyaml (PyYAML's C loader); scalars keep their text and whether they were plain. */
const LIBYAML_COMPOSE = `
import json, sys, yaml
def tree(node):
    if isinstance(node, yaml.ScalarNode):
        return {'s': node.value, 'plain': node.style in (None, '')}
    if isinstance(node, yaml.SequenceNode):
        return {'q': [tree(item) for item in node.value]}
    return {'m': [[tree(k), tree(v)] for k, v in node.value]}
docs = yaml.compose_all(sys.stdin.buffer.read(), Loader=yaml.CSafeLoader)
print(json.dumps([tree(doc) for doc in docs]))
`;

type LibyamlNode = { s: string; plain: boolean } | { q: LibyamlNode[] } | { m: [LibyamlNode, LibyamlNode][] };

function libyamlAvailable(): boolean {
  const probe = spawnSync('python3', ['-c', 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)']);
  return probe.status === 0;
}

/** A libyaml node as a JSON value, typing plain scalars with go-yaml v2's rules. */
function fromLibyaml(node: LibyamlNode, isKey = false): unknown {
  if ('s' in node) {
    if (!node.plain) {
      return node.s;
    }
    expect(isKey && isYaml11MergeKey(node.s)).toBe(false);
    const resolved = resolveYaml11Plain(node.s);
    expect(resolved.kind, `plain scalar ${JSON.stringify(node.s)}`).not.toBe('timestamp');
    return typeof resolved.value === 'bigint' ? Number(resolved.value) : resolved.value;
  }
  if ('q' in node) {
    return node.q.map((item) => fromLibyaml(item));
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of node.m) {
    const name = fromLibyaml(key, true);
    expect(typeof name).toBe('string');
    Object.defineProperty(out, name as string, {
      value: fromLibyaml(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

describe.skipIf(!libyamlAvailable())('libyaml cross-check (PyYAML with libyaml installed)', () => {
  it('reads 3,000 random documents back as the same values', () => {
    const docs = fc.sample(json, { numRuns: 3000, seed: 42 });
    const stream = stringifyDocuments(docs);
    const run = spawnSync('python3', ['-c', LIBYAML_COMPOSE], { input: Buffer.from(stream, 'utf8'), maxBuffer: 1 << 28 });
    expect(run.stderr.toString()).toBe('');
    const read = (JSON.parse(run.stdout.toString()) as LibyamlNode[]).map((node) => fromLibyaml(node));
    expect(read.length).toBe(docs.length);
    read.forEach((value, i) => {
      expect(withoutNegativeZero(value), `document ${i}: ${JSON.stringify(docs[i])}`).toStrictEqual(
        withoutNegativeZero(docs[i]),
      );
    });
  }, 120_000);
});
