import { describe, expect, it } from 'vitest';
import { readManifestBytes, readManifestText } from './read-manifest';

const DEPLOYMENT = `# web
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: web
`;

const rules = (text: string) => readManifestText('f.yaml', text).problems.map((problem) => problem.ruleId);

describe('readManifestText', () => {
  it('reads nothing from an empty file', () => {
    expect(readManifestText('f.yaml', '')).toEqual({ objects: [], problems: [] });
  });

  it('reads the objects of every document, with Lists expanded, in order', () => {
    const { objects, problems } = readManifestText('app.yaml', DEPLOYMENT);
    expect(problems).toEqual([]);
    expect(objects.map((object) => [object.value.kind, object.source.file, object.source.documentIndex, object.source.pathInDocument])).toEqual([
      ['Deployment', 'app.yaml', 0, ''],
      ['Service', 'app.yaml', 1, 'items[0]'],
    ]);
  });

  it('locates fields at their keys, and missing fields at their nearest ancestor', () => {
    const [deployment, service] = readManifestText('app.yaml', DEPLOYMENT).objects;
    expect(deployment.source.locate('spec.template.spec.containers[0].ports[0].containerPort')).toEqual({ line: 13, column: 11 });
    expect(deployment.source.locate('spec.template.spec.containers[0].image')).toEqual({ line: 11, column: 9 });
    expect(deployment.source.locate('spec.template.spec.containers[0].resources.limits')).toEqual({ line: 10, column: 9 });
    expect(deployment.source.locate('')).toEqual({ line: 2, column: 1 });
    expect(deployment.source.start()).toEqual({ line: 2, column: 1 });
    expect(service.source.locate('metadata.name')).toEqual({ line: 21, column: 5 });
    expect(service.source.start()).toEqual({ line: 18, column: 3 });
  });

  it('locates fields in JSON', () => {
    const [object] = readManifestText('app.json', '{\n  "kind": "Pod",\n  "spec": {"containers": [{"name": "a"}]}\n}').objects;
    expect(object.source.locate('spec.containers[0].name')).toEqual({ line: 3, column: 28 });
  });

  it('reads YAML 1.1 scalars as Kubernetes does', () => {
    const [object] = readManifestText('f.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n  b: "yes"\n  mode: 0755\n').objects;
    expect(object.value.data).toEqual({ a: true, b: 'yes', mode: 493 });
  });

  it.each([
    ['malformed YAML', 'kind: Pod\nmetadata: [\n', 'yaml/syntax', 3, 1],
    ['a duplicate key', 'kind: Pod\nkind: Service\n', 'yaml/duplicate-key', 2, 1],
    ['a document that is a scalar', 'just text\n', 'yaml/not-a-mapping', 1, 1],
    ['a List item that is no mapping', 'kind: List\nitems:\n- 3\n', 'yaml/not-a-mapping', 3, 3],
    ['a control character', 'kind: Pod\x07\n', 'yaml/invalid-character', 1, 10],
    ['a tab after a colon', 'kind: Pod\nmetadata:\n  name:\tweb\n', 'yaml/syntax', 3, 8],
    ['a surrogate escaped in YAML', 'kind: Pod\nmetadata:\n  name: "a\\ud83d\\ude00"\n', 'yaml/syntax', 3, 11],
  ])('reports %s at its line and column', (_, text, ruleId, line, column) => {
    expect(readManifestText('f.yaml', text).problems).toEqual([expect.objectContaining({ file: 'f.yaml', ruleId, line, column, severity: 'error' })]);
  });

  it('reads a lone surrogate escaped in JSON as U+FFFD, as Go does', () => {
    const { objects, problems } = readManifestText('f.json', '{"kind": "ConfigMap", "data": {"a": "\\ud800"}}');
    expect(problems).toEqual([]);
    expect(objects[0].value.data).toEqual({ a: '\ufffd' });
  });

  it('keeps the valid documents of a file with a broken one', () => {
    const { objects, problems } = readManifestText('f.yaml', 'kind: A\n---\nkind: [\n---\nkind: C\n');
    expect(objects.map((object) => object.value.kind)).toEqual(['A', 'C']);
    expect(problems).toHaveLength(1);
  });
});

describe('readManifestText on hostile input', () => {
  it('expands an alias bomb only a little, and says so', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let level = 1; level < names.length; level++) lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(`*${names[level - 1]}`).join(',')}]`);
    const started = Date.now();
    expect(rules(lines.join('\n'))).toEqual(['yaml/excessive-aliasing']);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    ['flow sequences', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['flow mappings', `a: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}`],
    ['block sequences', `${'- '.repeat(5000)}x`],
    ['JSON arrays', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
  ])('refuses runaway nesting of %s with a clear problem', (_, text) => {
    expect(rules(text)).toEqual(['yaml/too-deep']);
  });

  it('refuses nesting beyond a configured limit', () => {
    expect(readManifestText('f.yaml', 'a:\n  b:\n    c: 1\n', { maxDepth: 2 }).problems.map((problem) => problem.ruleId)).toEqual(['yaml/too-deep']);
  });

  it.each([
    ['YAML', 'kind: Pod\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n'],
    ['YAML with anchors', 'kind: Pod\nx: &p {polluted: yes}\n__proto__: *p\n'],
    ['JSON', '{"kind": "Pod", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'],
  ])('keeps __proto__ and constructor keys as plain data in %s', (_, text) => {
    const { objects, problems } = readManifestText('f', text);
    expect(problems).toEqual([]);
    const value = objects[0].value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses binary data', () => {
    const garbage = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x80]);
    expect(readManifestBytes('a.out', garbage).problems).toEqual([expect.objectContaining({ ruleId: 'yaml/invalid-encoding', line: 1, column: 9 })]);
    expect(readManifestBytes('nul', Buffer.from('kind: Pod\n\u0000\u0000')).problems).toEqual([expect.objectContaining({ ruleId: 'yaml/invalid-character', line: 2, column: 1 })]);
  });

  it('refuses a file larger than the limit without decoding it', () => {
    expect(readManifestBytes('big.yaml', Buffer.alloc(2048, 0x61), { maxFileBytes: 1024 }).problems).toEqual([
      expect.objectContaining({ ruleId: 'input/too-large', line: 0, column: 0 }),
    ]);
  });

  it.each([
    ['YAML documents', Array(101).fill('kind: A\n').join('---\n')],
    ['List items', `kind: List\nitems:\n${'- kind: A\n'.repeat(101)}`],
    ['JSON values', '{"kind": "A"}'.repeat(101)],
  ])('refuses a file of more objects than the limit (%s)', (_, text) => {
    expect(readManifestText('many', text, { maxObjectsPerFile: 100 })).toEqual({ objects: [], problems: [expect.objectContaining({ ruleId: 'input/too-large', message: 'the input holds more than 100 objects: it was not read' })] });
    expect(readManifestText('many', text, { maxObjectsPerFile: 101 }).objects).toHaveLength(101);
  });

  it('reads a large file in bounded time', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
    const text = Array(20_000).fill(pod).join('---\n');
    const started = Date.now();
    const { objects, problems } = readManifestText('big.yaml', text);
    expect(problems).toEqual([]);
    expect(objects).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
